import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cachedCompetition } from "@/lib/competitions/cache";
import { applicableCriteria, effectiveStatus } from "@/lib/competitions/rules";
import { formatDate, formatDateTime, formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Countdown } from "../Countdown";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

/* The announcement (art. 13 ust. 2) and the criteria; public and cached (tag "competitions"). */
export function generateStaticParams() {
  return [];
}
export const dynamicParams = true;

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = pageId((await params).id);
  const c = await cachedCompetition(id);
  return c ? { title: c.title } : {};
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-b border-gray-200 py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line sm:col-span-2">{children}</dd>
    </div>
  );
}

export default async function CompetitionPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const c = await cachedCompetition(id);
  if (!c) notFound();
  const [t, status, tEnding] = await Promise.all([
    getTranslations("competitions"),
    getTranslations("competitionStatus"),
    getTranslations("competitionEnding"),
  ]);
  const deadline = c.offerDeadline ? new Date(c.offerDeadline) : null;
  const effective = effectiveStatus({ status: c.status, offerDeadline: deadline }, new Date());
  const day = (iso: string | null) => formatDay(iso, locale);
  const pct = (bp: number) => (bp / 100).toLocaleString(locale === "pl" ? "pl-PL" : "en-GB");
  const criteria = applicableCriteria(c.criteria, c.fundingForm);
  return (
    <article>
      <p className="mb-4">
        <Link href="/competitions" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <p className="font-mono text-sm text-muted">{c.number}</p>
      <h1 className="mb-2 text-3xl font-bold">{c.title}</h1>
      <p className="mb-6">
        <span className="inline-block rounded bg-gray-100 px-2 py-1 text-sm font-semibold">{status(effective)}</span>
        {effective === "announced" && deadline && (
          <>
            {" "}
            · <Countdown deadline={deadline.toISOString()} />
          </>
        )}
      </p>
      {c.status === "voided" && (
        <div role="status" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4" data-testid="voided">
          <p className="font-semibold">{t("voided", { date: c.voidedAt ? formatDate(new Date(c.voidedAt), locale) : "" })}</p>
          {c.voidGround && (
            <p>
              {t("voidGround")}: {tEnding(`grounds.${c.voidGround}`)}
            </p>
          )}
          {c.voidJustification && (
            <p className="whitespace-pre-line">
              {t("voidJustification")}: {c.voidJustification}
            </p>
          )}
        </div>
      )}
      {c.status === "cancelled" && (
        <div role="status" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4">
          <p className="font-semibold">{t("cancelled", { date: c.cancelledAt ? formatDate(new Date(c.cancelledAt), locale) : "" })}</p>
          <p>
            {t("cancelReason")}: {c.cancellationReason}
          </p>
        </div>
      )}
      {effective === "announced" && (
        <p className="mb-6">
          <Link
            href={{ pathname: "/offers/new", query: { competition: c.id } }}
            className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t("writeOffer")}
          </Link>
        </p>
      )}
      {(c.status === "results_published" || c.status === "closed") && (
        <p className="mb-6">
          <Link href={`/competitions/${c.id}/results`} className="font-semibold text-brand-700 underline">
            {t("results")}
          </Link>
        </p>
      )}

      <h2 className="mb-2 text-2xl font-bold">{t("announcement")}</h2>
      <dl className="mb-8">
        <Row label={t("taskType")}>
          {(locale === "en" ? c.areaNameEn : c.areaNamePl) ?? "—"}
          {"\n"}
          {c.description}
        </Row>
        <Row label={t("fundingForm")}>{t(`fundingForms.${c.fundingForm}`)}</Row>
        <Row label={t("money")}>{formatMoney(c.budgetGrosze, locale)}</Row>
        <Row label={t("grantRange")}>
          {t("grantRangeValue", {
            min: formatMoney(c.minGrantGrosze ?? 0, locale),
            max: c.maxGrantGrosze !== null ? formatMoney(c.maxGrantGrosze, locale) : "—",
          })}
        </Row>
        {c.fundingForm === "support" && c.minOwnFinancialBp > 0 && (
          <Row label={t("ownFinancial")}>{t("ofTotal", { percent: pct(c.minOwnFinancialBp) })}</Row>
        )}
        {c.fundingForm === "support" && c.minOwnNonFinancialBp > 0 && (
          <Row label={t("ownNonFinancial")}>{t("ofTotal", { percent: pct(c.minOwnNonFinancialBp) })}</Row>
        )}
        {c.maxAdminCostBp !== null && <Row label={t("adminShare")}>{t("adminShareValue", { percent: pct(c.maxAdminCostBp) })}</Row>}
        {c.grantRules && <Row label={t("grantRules")}>{c.grantRules}</Row>}
        <Row label={t("taskDates")}>{t("dateRange", { from: day(c.taskStartDate), to: day(c.taskEndDate) })}</Row>
        {c.taskConditions && <Row label={t("taskConditions")}>{c.taskConditions}</Row>}
        <Row label={t("published")}>{c.publishedAt ? formatDateTime(new Date(c.publishedAt), locale) : "—"}</Row>
        <Row label={t("offerDeadline")}>{deadline ? formatDateTime(deadline, locale) : "—"}</Row>
        <Row label={t("procedure")}>{c.selectionProcedure}</Row>
        <Row label={t("selectionDate")}>{day(c.selectionDate)}</Row>
      </dl>
      {c.reservesCancellation && <p className="mb-8">{t("cancelReserved")}</p>}

      <h2 className="mb-2 text-2xl font-bold">{t("criteria")}</h2>
      <TableScroll label={t("criteria")} className="mb-2">
        <table className="w-full text-left">
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-4">
                {t("criterion")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("maxPoints")}
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((k) => (
              <tr key={k.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">{k.name}</td>
                <td className="py-2 text-right">{k.maxPoints}</td>
              </tr>
            ))}
            <tr className="font-bold">
              <td className="py-2 pr-4">{t("criteriaTotal")}</td>
              <td className="py-2 text-right">{criteria.reduce((s, k) => s + k.maxPoints, 0)}</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {c.minTotalScore > 0 && <p className="mb-8">{t("minTotalScore", { points: c.minTotalScore })}</p>}

      <h2 className="mb-2 mt-8 text-2xl font-bold">{t("previousTasks")}</h2>
      {c.previousTasks.length === 0 ? (
        <p className="mb-8">{t("noPrevious")}</p>
      ) : (
        <TableScroll label={t("previousTasks")} className="mb-8">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">
                  {t("previousYear")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("previousTitle")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("previousAmount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.previousTasks.map((p, i) => (
                <tr key={i} className="border-b border-gray-200">
                  <td className="py-2 pr-4">{p.year}</td>
                  <td className="py-2 pr-4">{p.title}</td>
                  <td className="py-2 text-right">{formatMoney(p.amountGrosze, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {c.documents.length > 0 && (
        <>
          <h2 className="mb-2 text-2xl font-bold">{t("documents")}</h2>
          <p className="mb-2 text-sm text-muted">{t("documentsNote")}</p>
          <ul className="list-disc pl-5">
            {c.documents.map((d, i) => (
              <li key={i}>
                <a href={/^https?:\/\//.test(d.url) ? d.url : "#"} className="text-brand-700 underline" rel="noopener noreferrer">
                  {d.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
