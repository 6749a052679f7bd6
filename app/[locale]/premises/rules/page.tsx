import { getTranslations, setRequestLocale } from "next-intl/server";
import { PremisesNav } from "@/components/premises/PremisesNav";
import { PageHeading } from "@/components/ui/PageHeading";
import type { Locale } from "@/lib/i18n/routing";

/** The city's rules for NGOs' use of municipal premises (text in the message files). */
export default async function PremisesRulesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("premises.rules");
  const sections = t.raw("sections") as { heading: string; body: string }[];
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <PremisesNav />
      {sections.map((s) => (
        <section key={s.heading} className="mb-6">
          <h2 className="mb-2 text-xl font-semibold">{s.heading}</h2>
          <p>{s.body}</p>
        </section>
      ))}
      <p className="text-sm text-muted">{t("legal")}</p>
    </div>
  );
}
