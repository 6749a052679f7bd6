import { getTranslations } from "next-intl/server";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { TableRows } from "@/components/ui/TableRows";
import type { Ranking } from "@/lib/scoring/ranking";

/**
 * The ranking: position, applicant, task, mean, number of scores, fundable, outliers (names), optional
 * grant; on phones each row stacks as "label: value". Offers nobody has scored get no place: they
 * are listed apart, "bez oceny".
 */
export async function RankingTable({ ranking, locale, showGrant = false }: { ranking: Ranking; locale: Locale; showGrant?: boolean }) {
  const [t, a, d] = await Promise.all([
    getTranslations("scoringRanking"),
    getTranslations("scoringAdmin"),
    getTranslations("scoringDecisions"),
  ]);
  const names = new Map(ranking.members.map((m) => [m.userId, m.name]));
  const ranked = ranking.rows.filter((row) => row.mean !== null);
  const unscored = ranking.rows.filter((row) => row.mean === null);
  const columns = [
    t("position"),
    a("applicant"),
    a("task"),
    t("mean"),
    t("votes"),
    t("fundable"),
    t("outliers"),
    ...(showGrant ? [d("grant")] : []),
  ];
  return (
    <>
      <table className={`data-table table-stack w-full text-left${showGrant ? " data-table-amounts" : ""}`}>
        <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <TableRows
            labels={columns}
            rows={ranked.map((row) => [
              String(row.position),
              row.offer.organizationName,
              row.offer.title,
              row.mean === null ? "—" : formatNumber(row.mean, locale),
              String(row.votes),
              row.fundable ? t("yes") : t("no"),
              row.outliers.map((id) => names.get(id)).join(", ") || "—",
              ...(showGrant ? [row.offer.grantGrosze === null ? "—" : formatMoney(row.offer.grantGrosze, locale)] : []),
            ])}
          />
        </tbody>
      </table>
      {unscored.length > 0 && (
        <section aria-labelledby="unscored" className="mt-6" data-testid="unscored">
          <h2 id="unscored" className="mb-2 text-lg font-bold">
            {d("unscoredTitle")}
          </h2>
          <p className="mb-2">{d("unscoredLead")}</p>
          <ul className="list-disc pl-5">
            {unscored.map((row) => (
              <li key={row.offerId}>
                {row.offer.organizationName}: {row.offer.title} — {d("unscoredMark")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
