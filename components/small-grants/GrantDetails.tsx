import { getTranslations } from "next-intl/server";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { SmallGrantCostLine } from "@/lib/small-grants/schemas";
import { TableScroll } from "@/components/ui/TableScroll";

export interface GrantFacts {
  title: string;
  organizationName: string;
  areaName: string | null;
  character: "local" | "regional" | null;
  startDate: string | null;
  endDate: string | null;
  description: string;
  expectedResults: string;
  costLines: SmallGrantCostLine[];
  grantGrosze: number;
  ownGrosze: number;
}

const day = (date: string, locale: Locale) => formatDay(date, locale);

/** The simplified offer as read by everyone (public page, the organization, the administrator). */
export async function GrantDetails({ grant, locale }: { grant: GrantFacts; locale: Locale }) {
  const t = await getTranslations("smallGrants");
  const facts: [string, string][] = [
    [t("fields.organization"), grant.organizationName],
    [t("fields.area"), grant.areaName ?? "—"],
    [t("fields.character"), grant.character ? t(`character.${grant.character}`) : "—"],
    [t("fields.period"), grant.startDate && grant.endDate ? `${day(grant.startDate, locale)} – ${day(grant.endDate, locale)}` : "—"],
    [t("fields.grantTotal"), formatMoney(grant.grantGrosze, locale)],
    [t("fields.ownTotal"), formatMoney(grant.ownGrosze, locale)],
  ];
  return (
    <div className="mb-8">
      <dl className="mb-6 grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-3">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 text-xl font-bold">{t("fields.description")}</h2>
      <p className="mb-6 max-w-3xl whitespace-pre-line">{grant.description}</p>
      <h2 className="mb-2 text-xl font-bold">{t("fields.expectedResults")}</h2>
      <p className="mb-6 max-w-3xl whitespace-pre-line">{grant.expectedResults}</p>
      <TableScroll label={t("costs.title")}>
        <table className="w-full max-w-3xl text-left text-sm">
          <caption className="mb-2 text-left text-xl font-bold">{t("costs.title")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("fields.lineName")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("fields.grant")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("fields.own")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("fields.total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {grant.costLines.map((line, i) => (
              <tr key={i} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {line.name}
                </th>
                <td className="py-2 pr-3 text-right">{formatMoney(line.grantGrosze, locale)}</td>
                <td className="py-2 pr-3 text-right">{formatMoney(line.ownGrosze, locale)}</td>
                <td className="py-2 pr-3 text-right">{formatMoney(line.grantGrosze + line.ownGrosze, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-gray-700 font-bold">
              <th scope="row" className="py-2 pr-3">
                {t("fields.total")}
              </th>
              <td className="py-2 pr-3 text-right">{formatMoney(grant.grantGrosze, locale)}</td>
              <td className="py-2 pr-3 text-right">{formatMoney(grant.ownGrosze, locale)}</td>
              <td className="py-2 pr-3 text-right">{formatMoney(grant.grantGrosze + grant.ownGrosze, locale)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </div>
  );
}
