import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { CommissionStepNotice } from "@/components/scoring/CommissionStepNotice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { offerSheet } from "@/lib/scoring/queries";
import { ConflictForm } from "../../DeskForms";
import { ScoreSheet } from "@/components/scoring/ScoreSheet";
import { submitScoresAction } from "../../actions";
import { OfferBeside } from "@/components/offers/OfferBeside";
import { getOffer } from "@/lib/offers/queries";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

type Params = Promise<{ locale: Locale; competitionId: string; offerId: string }>;
/** One offer for a member: conflict or score sheet; the others' scores after one's own submission. */
export default async function CommissionOfferPage({ params }: { params: Params }) {
  const { locale } = await params;
  const competitionId = pageId((await params).competitionId);
  const offerId = pageId((await params).offerId);
  setRequestLocale(locale);
  const principal = await requirePermission(
    locale,
    "commission.declare",
    { competitionId },
    `/commission/${competitionId}/offers/${offerId}`,
  );
  const db = await getDb();
  const sheet = await offerSheet(db, principal, competitionId, offerId);
  const t = await getTranslations("scoringDesk");
  const back = (
    <p className="mb-4">
      <Link href={`/commission/${competitionId}`} className="text-brand-600 underline">
        {t("backToDesk")}
      </Link>
    </p>
  );
  if (!sheet) notFound();
  if (sheet.kind === "locked") {
    return (
      <div>
        <PageHeading title={t("lockedTitle")} />
        {back}
        <CommissionStepNotice step={sheet.step} competitionId={competitionId} />
      </div>
    );
  }
  const { offer, criteria } = sheet;
  const loaded = await getOffer(db, principal, offerId);
  if (!loaded) notFound();
  const { total, points, notApplicableMax } = sheet.myTotal;
  const settlementCriterion = criteria.find((c) => c.kind === "settlement");
  const marked = (rows: { criterionId: string; notApplicable: boolean }[], id: string) =>
    rows.some((r) => r.criterionId === id && r.notApplicable);
  // art. 15 ust. 1 pkt 4: how the total was computed when the criterion did not apply
  const howComputed =
    notApplicableMax > 0 && settlementCriterion
      ? sheet.policy === "full"
        ? t("totalFull", { criterion: settlementCriterion.name, points, max: notApplicableMax, total: formatNumber(total, locale) })
        : t("totalScale", {
            criterion: settlementCriterion.name,
            points,
            totalMax: sheet.totalMax,
            applicableMax: sheet.totalMax - notApplicableMax,
            total: formatNumber(total, locale),
          })
      : null;
  const others = sheet.others;
  const pointsOf = (rows: { criterionId: string; points: number }[], id: string) => rows.find((r) => r.criterionId === id)?.points;
  return (
    <div>
      <PageHeading title={offer.title} lead={sheet.competition.number} />
      {back}
      <OfferBeside locale={locale} loaded={loaded}>
        <dl className="mb-6 grid gap-x-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("applicant")}</dt>
          <dd>{offer.organizationName}</dd>
          <dt className="font-semibold">{t("requested")}</dt>
          <dd>{formatMoney(offer.requestedGrosze, locale)}</dd>
          <dt className="font-semibold">{t("totalCost")}</dt>
          <dd>{formatMoney(offer.totalCostGrosze, locale)}</dd>
        </dl>
        {sheet.conflict ? (
          <Notice>{t("conflictDeclared")}</Notice>
        ) : sheet.submittedAt ? (
          <>
            <div role="status" className="mb-6 border-l-4 border-green-700 bg-green-50 p-4" data-testid="score-confirmation">
              <h2 className="mb-2 text-xl font-bold">{t("submittedTitle")}</h2>
              <p className="mb-2">{t("submitted", { total: formatNumber(total, locale) })}</p>
              {sheet.next ? (
                <p>
                  <Link href={`/commission/${competitionId}/offers/${sheet.next.id}`} className="font-semibold text-brand-700 underline">
                    {t("nextOffer", { title: sheet.next.title })}
                  </Link>
                </p>
              ) : (
                <p>
                  {t("allScored")}{" "}
                  <Link href={`/commission/${competitionId}/ranking`} className="font-semibold text-brand-700 underline">
                    {t("ranking")}
                  </Link>
                </p>
              )}
            </div>
            {howComputed && (
              <p className="mb-6 max-w-3xl" data-testid="total-how">
                {howComputed}
              </p>
            )}
          </>
        ) : sheet.closed ? (
          <Notice>{t("closed")}</Notice>
        ) : (
          <>
            <section aria-labelledby="score" className="mb-8 max-w-3xl">
              <h2 id="score" className="mb-2 text-xl font-bold">
                {t("scoreTitle")}
              </h2>
              <p className="mb-4">{t("scoreLead")}</p>
              {sheet.firstTime && settlementCriterion && (
                <p className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3" data-testid="first-time">
                  {t("firstTime", { criterion: settlementCriterion.name })}
                </p>
              )}
              <ScoreSheet
                action={submitScoresAction}
                fields={{ competitionId, offerId }}
                criteria={criteria.map((c) => ({
                  id: c.id,
                  name: c.name,
                  description: c.description ?? "",
                  maxPoints: c.maxPoints,
                  mayBeNotApplicable: sheet.firstTime && c.kind === "settlement",
                }))}
              />
            </section>
            <section aria-labelledby="conflict" className="mb-8 max-w-3xl">
              <h2 id="conflict" className="mb-2 text-xl font-bold">
                {t("conflictTitle")}
              </h2>
              <p className="mb-4">{t("conflictLead")}</p>
              <ConflictForm competitionId={competitionId} offerId={offerId} />
            </section>
          </>
        )}
        {!sheet.conflict && (
          <section aria-labelledby="others">
            <h2 id="others" className="mb-2 text-xl font-bold">
              {t("othersTitle")}
            </h2>
            {others === null ? (
              <p>{t("othersHidden")}</p>
            ) : (
              <TableScroll label={t("othersTitle")}>
                <table className="w-full text-left">
                  <thead>
                    <tr className="border-b-2 border-gray-700">
                      <th scope="col" className="py-2 pr-4">
                        {t("criterion")}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {t("max")}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {t("myScore")}
                      </th>
                      {others.map((o) => (
                        <th key={o.name} scope="col" className="py-2 pr-4">
                          {o.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {criteria.map((c) => (
                      <tr key={c.id} className="border-b border-gray-200">
                        <th scope="row" className="py-2 pr-4 font-normal">
                          {c.name}
                        </th>
                        <td className="py-2 pr-4">{c.maxPoints}</td>
                        <td className="py-2 pr-4">
                          {marked(sheet.mine, c.id) ? t("notApplicableMark") : (pointsOf(sheet.mine, c.id) ?? "—")}
                        </td>
                        {others.map((o) => (
                          <td key={o.name} className="py-2 pr-4">
                            {marked(o.scores, c.id) ? t("notApplicableMark") : (pointsOf(o.scores, c.id) ?? "—")}
                          </td>
                        ))}
                      </tr>
                    ))}
                    <tr className="font-bold">
                      <th scope="row" className="py-2 pr-4">
                        {t("total")}
                      </th>
                      <td className="py-2 pr-4" />
                      <td className="py-2 pr-4">{formatNumber(total, locale)}</td>
                      {others.map((o) => (
                        <td key={o.name} className="py-2 pr-4">
                          {o.conflict ? "—" : o.total === null ? t("notSubmittedYet") : formatNumber(o.total, locale)}
                        </td>
                      ))}
                    </tr>
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        )}
      </OfferBeside>
    </div>
  );
}
