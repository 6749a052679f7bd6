import { getTranslations } from "next-intl/server";
import type { ContractView } from "@/lib/contracts/queries";
import type { Locale } from "@/lib/i18n/routing";
import { money } from "./format";
import { TableScroll } from "@/components/ui/TableScroll";

/**
 * A joint contract's split between the parties (V.C of the offer, art. 14 ust. 2 uodpp): each
 * party's share of the costs and of the grant. Nothing for a single party or an older offer without the table.
 */
export async function PartySplitTable({ view, locale }: { view: ContractView; locale: Locale }) {
  const parties = view.parties.filter((p) => p.grantGrosze !== null && p.grantGrosze !== undefined);
  if (view.parties.length < 2 || parties.length !== view.parties.length) return null;
  const t = await getTranslations("contracts");
  const sum = (pick: (p: (typeof parties)[number]) => number) => parties.reduce((s, p) => s + pick(p), 0);
  const cell = "py-1 pr-2";
  return (
    <TableScroll label={t("split.title")} className="mb-3">
      <table className="w-full border-collapse text-left text-sm" data-testid="party-split">
        <caption className="mb-1 text-left font-semibold">{t("split.title")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className={cell}>
              {t("split.party")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("split.costs")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("split.grant")}
            </th>
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => (
            <tr key={p.organizationId} className="border-b border-gray-200 break-inside-avoid">
              <th scope="row" className={`${cell} font-normal`}>
                {p.organization.name}
              </th>
              <td className={`${cell} text-right whitespace-nowrap`}>{money(p.costsGrosze ?? 0, locale)}</td>
              <td className={`${cell} text-right whitespace-nowrap`}>{money(p.grantGrosze ?? 0, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-bold">
            <th scope="row" className={cell}>
              {t("split.total")}
            </th>
            <td className={`${cell} text-right whitespace-nowrap`}>
              {money(
                sum((p) => p.costsGrosze ?? 0),
                locale,
              )}
            </td>
            <td className={`${cell} text-right whitespace-nowrap`}>
              {money(
                sum((p) => p.grantGrosze ?? 0),
                locale,
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
