import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { TableRows } from "@/components/ui/TableRows";
import { PageHeading } from "@/components/ui/PageHeading";
import { cachedResults } from "@/lib/decisions/cache";
import { formatDateTime, formatMoney, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageId } from "@/lib/http/page";

/* Public results (art. 15 ust. 2h): no session read, cached with the tag `competition:{id}`. */
export function generateStaticParams() {
  return [];
}
export const dynamicParams = true;

type Params = Promise<{ locale: Locale; id: string }>;
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const id = pageId((await params).id);
  const results = await cachedResults(id);
  const t = await getTranslations({ locale, namespace: "scoringResults" });
  return results ? { title: t("title", { number: results.competition.number }) } : {};
}

export default async function ResultsPage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const results = await cachedResults(id);
  if (!results) notFound();
  const t = await getTranslations("scoringResults");
  const { competition } = results;
  const columns = [t("position"), t("applicant"), t("task"), t("points"), t("grant")];
  // an offer nobody scored has no place in the ranking: it is listed apart
  const ranked = results.offers.filter((o) => o.position !== null);
  const unscored = results.offers.filter((o) => o.position === null);
  return (
    <div>
      <PageHeading title={t("title", { number: competition.number })} lead={competition.title} />
      <p className="mb-4">
        <Link href={`/competitions/${id}`} className="text-brand-600 underline">
          {competition.title}
        </Link>
      </p>
      {!results.publishedAt ? (
        <Notice>{t("notPublished")}</Notice>
      ) : (
        <>
          <p className="mb-4">{t("publishedAt", { date: formatDateTime(new Date(results.publishedAt), locale) })}</p>
          <table className="data-table data-table-amounts table-stack w-full text-left">
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
                rows={ranked.map((o) => [
                  String(o.position),
                  o.applicant,
                  o.title,
                  o.points === null ? "—" : formatNumber(o.points, locale),
                  o.grantGrosze === null ? t("notFunded") : formatMoney(o.grantGrosze, locale),
                ])}
              />
            </tbody>
          </table>
          {unscored.length > 0 && (
            <section aria-labelledby="unscored" className="mt-6">
              <h2 id="unscored" className="mb-2 text-lg font-bold">
                {t("unscoredTitle")}
              </h2>
              <p className="mb-2">{t("unscoredLead")}</p>
              <ul className="list-disc pl-5">
                {unscored.map((o) => (
                  <li key={o.offerId}>
                    {o.applicant}: {o.title} — {t("unscoredMark")}
                    {o.grantGrosze !== null && <> ({formatMoney(o.grantGrosze, locale)})</>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="mt-4">
            {t("total", { sum: formatMoney(results.grantedTotalGrosze, locale), budget: formatMoney(competition.budgetGrosze, locale) })}
          </p>
        </>
      )}
      <ul className="mt-6 list-disc space-y-1 pl-5">
        <li>
          <Link href={`/competitions/${id}/results/reasons`} className="text-brand-600 underline">
            {t("askReasons")}
          </Link>
        </li>
        <li>
          <a href={`/api/v1/competitions/${id}/results`} className="text-brand-600 underline">
            {t("openData")}
          </a>
        </li>
      </ul>
    </div>
  );
}
