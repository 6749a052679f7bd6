import { getTranslations, setRequestLocale } from "next-intl/server";
import { day } from "@/components/reports/format";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { notApplicablePolicyList } from "@/lib/scoring/policy-settings";
import { PolicyForm } from "./PolicyForm";
import { TableScroll } from "@/components/ui/TableScroll";

/** The dated policy for totals of offers whose art. 15 ust. 1 pkt 4 criterion does not apply. */
export default async function NotApplicablePolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const { locale } = await params;
  const { added } = await searchParams;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "scoring.policy", {}, "/admin/competitions/not-applicable");
  const t = await getTranslations("scoringPolicy");
  const periods = await notApplicablePolicyList(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      {added && <Notice tone="success">{t("added")}</Notice>}
      {periods.length === 0 ? (
        <p className="mb-8">{t("empty")}</p>
      ) : (
        <TableScroll label={t("periods")} className="mb-8">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t("periods")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("effectiveFrom")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("policy")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("source")}
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.effectiveFrom} className="border-b border-gray-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {day(p.effectiveFrom, locale)}
                  </th>
                  <td className="py-2 pr-3" data-testid={`policy-${p.effectiveFrom}`}>
                    {t(`policies.${p.policy}`)}
                  </td>
                  <td className="py-2 pr-3">{p.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <PolicyForm />
    </div>
  );
}
