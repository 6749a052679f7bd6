import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { myJuries } from "@/lib/awards/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The award editions whose jury the person sits on. */
export default async function MyJuriesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/awards");
  const juries = await myJuries(await getDb(), principal);
  const t = await getTranslations("awards");
  return (
    <div className="max-w-3xl">
      <PageHeading title={t("jury.title")} lead={t("jury.lead")} />
      {juries.length === 0 ? (
        <p>{t("jury.none")}</p>
      ) : (
        <ul className="list-disc pl-6">
          {juries.map((j) => (
            <li key={j.id}>
              <Link href={`/account/awards/${j.id}`} className="text-brand-600 underline">
                {t("edition", { award: j.award, year: j.year })}
              </Link>{" "}
              · {t(`statuses.${j.status}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
