import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { retentionSettings } from "@/lib/privacy/settings";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "privacy.notice" }))("title") };
}

const sections = ["controller", "dpo", "purposes", "recipients", "retention", "rights", "complaint", "voluntary"] as const;
const listed = new Set<string>(["purposes", "retention"]);

/** The privacy notice (klauzula informacyjna, RODO art. 13/14): linked from registration and the footer. */
export default async function PrivacyNoticePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy.notice");
  const periods = {
    mailDays: retentionSettings.mailDays,
    loginFailureDays: retentionSettings.loginFailureDays,
    tokenDays: retentionSettings.tokenDays,
  };
  return (
    <article className="prose-text max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} className="mb-6">
          <h2 id={`privacy-${section}`} className="mb-2 text-xl font-bold">
            {t(`sections.${section}.title`)}
          </h2>
          {listed.has(section) ? (
            <ul className="list-disc pl-5">
              {(t.raw(`sections.${section}.items`) as string[]).map((item) => (
                <li key={item}>{item.replace(/\{(\w+)\}/g, (_, key: keyof typeof periods) => String(periods[key]))}</li>
              ))}
            </ul>
          ) : (
            <p>{t(`sections.${section}.text`)}</p>
          )}
        </section>
      ))}
      <p>
        <Link href="/account/privacy" className="text-brand-600 underline">
          {t("accountLink")}
        </Link>
      </p>
    </article>
  );
}
