import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RankingTable } from "@/components/scoring/RankingTable";
import { StageNav } from "@/components/scoring/StageNav";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { decisionsOf } from "@/lib/decisions/queries";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { GrantForm, PublishForm } from "./DecisionForms";
import { pageId } from "@/lib/http/page";
import { voidGroundFor } from "@/lib/decisions/ending";
import { OfferBeside } from "@/components/offers/OfferBeside";
import { getOffer } from "@/lib/offers/queries";

type Params = Promise<{ locale: Locale; id: string }>;
type SearchParams = Promise<{ offer?: string | string[] }>;

/**
 * Grants for fundable offers (never above the budget), then publication of the results; the offer
 * chosen (`?offer=`, by default the first in the ranking) is shown beside the grants.
 */
export default async function DecisionsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "competition.decide", {}, `/admin/competitions/${id}/decisions`);
  const db = await getDb();
  const data = await decisionsOf(db, principal, id);
  if (!data) notFound();
  // art. 18a: with no offer meeting the requirements, results are never offered; the competition is voided
  const voidGround = await voidGroundFor(db, principal, id);
  const ended = data.ranking.competition.status === "voided" || data.ranking.competition.status === "cancelled";
  const [t, status] = await Promise.all([getTranslations("scoringDecisions"), getTranslations("competitionStatus")]);
  const { ranking } = data;
  const asked = (await searchParams).offer;
  const selectedRow = ranking.rows.find((r) => r.offerId === asked) ?? ranking.rows[0];
  const selected = selectedRow ? await getOffer(db, principal, selectedRow.offerId) : null;
  const offerLinks = (
    <nav aria-labelledby="offers-beside" className="mt-8">
      <h2 id="offers-beside" className="mb-2 text-lg font-bold">
        {t("offersTitle")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {ranking.rows.map((row) => (
          <li key={row.offerId}>
            {row.offerId === selectedRow?.offerId ? (
              <span aria-current="true" className="font-semibold">
                {t("offerShown", { title: row.offer.title })}
              </span>
            ) : (
              <Link href={`/admin/competitions/${id}/decisions?offer=${row.offerId}`} className="text-brand-700 underline">
                {t("showOffer", { title: row.offer.title })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
  const beside = (children: React.ReactNode) =>
    selected ? (
      <div className="mt-6">
        <OfferBeside locale={locale} loaded={selected}>
          {children}
          {offerLinks}
        </OfferBeside>
      </div>
    ) : (
      children
    );
  const zloty = (grosze: number) => (grosze / 100).toFixed(2).replace(".", locale === "pl" ? "," : ".");
  return (
    <div>
      <PageHeading title={t("title", { number: ranking.competition.number })} lead={t("lead")} />
      <StageNav competitionId={id} current="decisions" />
      <dl className="mb-6 grid gap-x-4 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("budget")}</dt>
        <dd>{formatMoney(ranking.competition.budgetGrosze, locale)}</dd>
        <dt className="font-semibold">{t("remaining")}</dt>
        <dd data-testid="remaining">{formatMoney(data.remaining, locale)}</dd>
      </dl>
      <RankingTable ranking={ranking} locale={locale} showGrant />
      {ended ? (
        <div className="mt-6">
          <Notice>{status(ranking.competition.status)}</Notice>
        </div>
      ) : voidGround ? (
        <div className="mt-6" data-testid="must-be-voided">
          <Notice>{t("mustBeVoided")}</Notice>
          <Link href={`/admin/competitions/${id}`} className="font-semibold text-brand-700 underline">
            {t("goToVoid")}
          </Link>
        </div>
      ) : ranking.publishedAt ? (
        <div className="mt-6">
          <Notice tone="success">{t("published", { date: formatDateTime(ranking.publishedAt, locale) })}</Notice>
          <Link href={`/competitions/${id}/results`} className="text-brand-600 underline">
            {t("seeResults")}
          </Link>
        </div>
      ) : !ranking.closedAt ? (
        beside(
          <div data-testid="not-closed">
            <Notice>{t("notClosed")}</Notice>
            <ul className="mb-4 space-y-1">
              <li>
                <Link href={`/admin/competitions/${id}/commission`} className="font-semibold text-brand-700 underline">
                  {t("closeWhere")}
                </Link>
              </li>
              {principal.commissions.has(id) && (
                <li>
                  <Link href={`/commission/${id}`} className="font-semibold text-brand-700 underline">
                    {t("closeOnDesk")}
                  </Link>
                </li>
              )}
            </ul>
          </div>,
        )
      ) : (
        beside(
          <>
            <section aria-labelledby="grants">
              <h2 id="grants" className="mb-4 text-xl font-bold">
                {t("grant")}
              </h2>
              {ranking.rows.map((row) =>
                row.fundable ? (
                  <GrantForm
                    key={row.offerId}
                    competitionId={id}
                    offerId={row.offerId}
                    title={row.offer.title}
                    current={row.offer.grantGrosze === null ? "" : zloty(row.offer.grantGrosze)}
                  />
                ) : (
                  <p key={row.offerId} className="mb-4">
                    {row.offer.title}: {t("notFundable")}
                  </p>
                ),
              )}
            </section>
            <section aria-labelledby="publish" className="mt-8 max-w-3xl">
              <h2 id="publish" className="mb-2 text-xl font-bold">
                {t("publishTitle")}
              </h2>
              <p className="mb-4">{t("publishLead")}</p>
              <PublishForm competitionId={id} />
            </section>
          </>,
        )
      )}
    </div>
  );
}
