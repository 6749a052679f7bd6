import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { pageOf } from "@/components/ui/paging";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { memberDesk } from "@/lib/scoring/queries";
import { CloseScoringForm, DeclarationForm } from "./DeskForms";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

type Params = Promise<{ locale: Locale; competitionId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A competition may have hundreds of offers: a hundred at a time, filtered by the member's state. */
const PAGE_SIZE = 100;
const STATES = ["todo", "submitted", "conflict"] as const;
type StateFilter = (typeof STATES)[number] | "all";

/** The member's desk: the declaration first, then the offers, the ranking link and (for the chair) closing. */
export default async function CommissionDeskPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  const competitionId = pageId((await params).competitionId);
  const query = await searchParams;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "commission.declare", { competitionId }, `/commission/${competitionId}`);
  const desk = await memberDesk(await getDb(), principal, competitionId);
  if (!desk) notFound();
  const [t, a, steps] = await Promise.all([
    getTranslations("scoringDesk"),
    getTranslations("scoringAdmin"),
    getTranslations("scoringSteps"),
  ]);
  const filter: StateFilter = STATES.find((s) => s === query.state) ?? "all";
  const counts = { all: desk.offers.length, todo: 0, submitted: 0, conflict: 0 };
  for (const offer of desk.offers) counts[offer.state] += 1;
  const shown = pageOf(filter === "all" ? desk.offers : desk.offers.filter((o) => o.state === filter), query.page, PAGE_SIZE);
  return (
    <div>
      <PageHeading title={t("title", { number: desk.competition.number })} lead={desk.competition.title} />
      {desk.member.excludedAt ? (
        <Notice>
          {t("excludedNotice", { date: formatDateTime(desk.member.excludedAt, locale), reason: desk.member.exclusionReason ?? "" })}
        </Notice>
      ) : desk.member.bidderConflict ? (
        <Notice>{t("bidderConflictNotice", { conflict: t(`conflicts.${desk.member.bidderConflict}`) })}</Notice>
      ) : !desk.signedAt ? (
        <section aria-labelledby="declaration" className="max-w-3xl">
          {/* sent here from an offer she may not see yet (lib/http/page.ts) */}
          {query.step === "declare" && <Notice>{steps("redirected")}</Notice>}
          <h2 id="declaration" className="mb-2 text-xl font-bold">
            {t("declarationTitle")}
          </h2>
          <p className="mb-4">{t("declarationLead")}</p>
          {!desk.deadlinePassed ? (
            <Notice>
              {t("beforeDeadline", { date: desk.competition.offerDeadline ? formatDateTime(desk.competition.offerDeadline, locale) : "—" })}
            </Notice>
          ) : (
            <>
              <blockquote className="mb-4 border-l-4 border-gray-400 pl-4">
                <p className="mb-2">{t("declarationText")}</p>
                <h3 id="declaration-bidders" className="mb-1 font-semibold">
                  {t("declarationBidders")}
                </h3>
                {desk.bidders.length === 0 ? (
                  <p>{t("declarationNoBidders")}</p>
                ) : (
                  <>
                    <p className="mb-1">{t("declarationBiddersLead")}</p>
                    <ul aria-labelledby="declaration-bidders" className="list-disc pl-5">
                      {desk.bidders.map((b) => (
                        <li key={b.offerId}>
                          {t("bidderOffer", { organization: b.organization, title: b.title })}
                          {b.partners.length > 0 && ` (${t("bidderPartners", { names: b.partners.join(", ") })})`}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </blockquote>
              <DeclarationForm competitionId={competitionId} />
            </>
          )}
        </section>
      ) : (
        <>
          <Notice tone="success">{t("signedAt", { date: formatDateTime(desk.signedAt, locale) })}</Notice>
          {desk.closed && <Notice>{t("closed")}</Notice>}
          <section aria-labelledby="offers" className="mb-8">
            <h2 id="offers" className="mb-2 text-xl font-bold">
              {t("offers")}
            </h2>
            {desk.offers.length > 0 && (
              <nav aria-label={t("filter.label")} className="mb-4">
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {(["all", ...STATES] as const).map((state) => (
                    <li key={state}>
                      <Link
                        href={{ pathname: `/commission/${competitionId}`, query: state === "all" ? {} : { state } }}
                        aria-current={state === filter ? "page" : undefined}
                        className={state === filter ? "font-bold text-ink no-underline" : "text-brand-600 underline"}
                      >
                        {t(`filter.${state}`, { count: counts[state] })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {desk.offers.length === 0 ? (
              <p>{t("noOffers")}</p>
            ) : shown.rows.length === 0 ? (
              <p>{t("filter.none")}</p>
            ) : (
              <TableScroll labelledBy="offers">
                <table className="w-full text-left">
                  <thead>
                    <tr className="border-b-2 border-gray-700">
                      <th scope="col" className="py-2 pr-4">
                        {a("applicant")}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {a("task")}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {a("requested")}
                      </th>
                      <th scope="col" className="py-2">
                        {t("myStatus")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.rows.map((o) => (
                      <tr key={o.id} className="border-b border-gray-200">
                        <td className="py-2 pr-4">{o.organizationName}</td>
                        <td className="py-2 pr-4">
                          <Link
                            href={`/commission/${competitionId}/offers/${o.id}`}
                            className="text-brand-600 underline"
                            aria-label={t("open", { title: o.title })}
                          >
                            {o.title}
                          </Link>
                        </td>
                        <td className="py-2 pr-4 whitespace-nowrap">{formatMoney(o.requestedGrosze, locale)}</td>
                        <td className="py-2">{t(`statuses.${o.state}`, { total: o.total ?? 0 })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <Pagination
                  pathname={`/commission/${competitionId}`}
                  query={{ state: filter === "all" ? undefined : filter }}
                  page={shown.page}
                  pageCount={shown.pageCount}
                />
              </TableScroll>
            )}
          </section>
          <ul className="mb-8 list-disc space-y-1 pl-5">
            <li>
              <Link href={`/commission/${competitionId}/ranking`} className="text-brand-600 underline">
                {t("ranking")}
              </Link>
            </li>
            <li>
              <Link href={`/admin/competitions/${competitionId}/protocol`} className="text-brand-600 underline">
                {a("protocol")}
              </Link>
            </li>
          </ul>
          {desk.member.role === "chair" && !desk.closed && desk.competition.status === "scoring" && (
            <CloseScoringForm competitionId={competitionId} />
          )}
        </>
      )}
    </div>
  );
}
