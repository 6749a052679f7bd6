import { getTranslations } from "next-intl/server";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

export interface ApplicationView {
  status: "submitted" | "granted" | "refused";
  organization: string;
  address: string;
  district: string;
  areaM2: string;
  purpose: string;
  activities: string;
  hoursOfUse: string;
  partners: string;
  rentPerM2: number | null;
  termStart: string | null;
  termEnd: string | null;
  refusalReason: string | null;
}

/** What an application says and, once decided, the decision (for the organization and for staff). */
export async function ApplicationSummary({ a, locale }: { a: ApplicationView; locale: Locale }) {
  const t = await getTranslations("premises");
  return (
    <>
      <dl className="mb-6 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("decide.premises")}</dt>
        <dd>
          {a.address} ({a.district}), {a.areaM2.replace(".", locale === "pl" ? "," : ".")} m²
        </dd>
        <dt className="font-semibold">{t("apply.organization")}</dt>
        <dd>{a.organization}</dd>
        <dt className="font-semibold">{t("apply.purpose")}</dt>
        <dd className="whitespace-pre-line">{a.purpose}</dd>
        <dt className="font-semibold">{t("apply.activities")}</dt>
        <dd className="whitespace-pre-line">{a.activities}</dd>
        <dt className="font-semibold">{t("apply.hoursOfUse")}</dt>
        <dd>{a.hoursOfUse}</dd>
        {a.partners && (
          <>
            <dt className="font-semibold">{t("apply.partners")}</dt>
            <dd>{a.partners}</dd>
          </>
        )}
        <dt className="font-semibold">{t("account.status")}</dt>
        <dd>{t(`statuses.${a.status}`)}</dd>
      </dl>
      {a.status === "granted" && (
        <p className="mb-2">
          {t("account.rent", { rent: formatMoney(a.rentPerM2 ?? 0, locale) })} ·{" "}
          {t("account.term", { from: formatDay(a.termStart, locale), to: formatDay(a.termEnd, locale) })}
        </p>
      )}
      {a.status === "refused" && <p className="mb-2">{t("account.reason", { reason: a.refusalReason ?? "" })}</p>}
    </>
  );
}
