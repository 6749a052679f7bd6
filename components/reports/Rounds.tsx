import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { ReportDetail } from "@/lib/reports/queries";
import { ReportContentView } from "./ReportContentView";
import { TableScroll } from "@/components/ui/TableScroll";

const td = "py-2 pr-4 align-top";

/** Every submission and its decision; each round's content readable as it was submitted. */
export async function Rounds({ detail, locale }: { detail: ReportDetail; locale: Locale }) {
  const t = await getTranslations("reports");
  return (
    <section aria-labelledby="rounds-h" className="mb-10">
      <h2 id="rounds-h" className="mb-3 text-2xl font-bold">
        {t("view.roundsHeading")}
      </h2>
      {detail.rounds.length === 0 ? (
        <p>{t("view.noRounds")}</p>
      ) : (
        <>
          <TableScroll label={t("view.roundsCaption")} className="mb-4">
            <table className="w-full text-left">
              <caption className="mb-2 text-left font-semibold">{t("view.roundsCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-2 pr-4">
                    {t("view.round")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("view.submittedAt")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("view.submittedBy")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("view.decision")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("view.remarks")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.rounds.map((r) => (
                  <tr key={r.round} className="border-b border-gray-200" data-testid={`round-${r.round}`}>
                    <th scope="row" className={td}>
                      {r.round}
                    </th>
                    <td className={td}>{formatDateTime(r.submittedAt, locale)}</td>
                    <td className={td}>{r.submittedBy ?? "—"}</td>
                    <td className={td}>
                      {t(`view.decisions.${r.decision ?? "pending"}`)}
                      {r.decidedAt ? `, ${formatDateTime(r.decidedAt, locale)}` : ""}
                    </td>
                    <td className={`${td} whitespace-pre-line`}>{r.remarks ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {detail.rounds.map((r) => (
            <details key={r.round} className="mb-3 rounded border border-gray-300 p-3">
              <summary className="cursor-pointer font-semibold text-brand-700">{t("view.roundContent", { round: r.round })}</summary>
              <div className="mt-4">
                <ReportContentView detail={detail} round={r} locale={locale} idPrefix={`round-${r.round}`} />
              </div>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
