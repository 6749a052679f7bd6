import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { getDb } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { directoryIsPublic } from "@/lib/organizations/access";
import { cachedDirectoryOptions } from "@/lib/organizations/cache";
import { filtersToQuery, parseDirectoryFilters } from "@/lib/organizations/filters";
import { searchOrganizations } from "@/lib/organizations/queries";
import { widerSearches } from "@/lib/organizations/suggestions";
import { OrganizationCard } from "./OrganizationCard";
import { SearchForm } from "./SearchForm";
import { DistrictInQueryNotice, WiderSearches } from "./SearchNotices";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "directory" });
  return { title: t("title"), description: t("lead") };
}

/** The public directory. Reads searchParams, so it renders per request; no session is read. */
export default async function DirectoryPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!directoryIsPublic()) forbidden();
  const filters = parseDirectoryFilters(await searchParams);
  const t = await getTranslations("directory");
  const db = await getDb();
  const [options, result] = await Promise.all([cachedDirectoryOptions(), searchOrganizations(db, filters)]);
  const districtNames = result.districtsInQuery.map((d) => d.name);
  const wider = result.total === 0 ? await widerSearches(db, filters, districtNames.length > 0) : [];
  const areaNames = new Map(options.areas.map((a) => [a.slug, locale === "en" ? a.nameEn : a.namePl]));
  const areaName = (slug: string) => areaNames.get(slug) ?? slug;
  const query = filtersToQuery(filters);
  const exportQuery = new URLSearchParams({ ...query, ...(locale === "en" ? { lang: "en" } : {}) }).toString();
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/organizations/statistics" className="text-brand-600 underline">
            {t("statisticsLink")}
          </Link>
        </li>
        <li>
          <a href={`/api/v1/organizations.csv${exportQuery ? `?${exportQuery}` : ""}`} download className="text-brand-600 underline">
            {t("csvLink")}
          </a>
        </li>
        <li>
          <a href={`/api/v1/organizations${exportQuery ? `?${exportQuery}` : ""}`} className="text-brand-600 underline">
            {t("apiLink")}
          </a>
        </li>
      </ul>
      {/* Keyed by the search, so a link that changes it (a dropped filter) resets the form's fields too. */}
      <SearchForm key={JSON.stringify(query)} filters={filters} options={options} locale={locale} />
      {districtNames.length > 0 && <DistrictInQueryNotice filters={filters} names={districtNames} />}
      <div role="status" className="mb-4">
        <p className="text-lg font-semibold">{t("results", { count: result.total, formatted: formatNumber(result.total, locale) })}</p>
        {result.rows.length > 0 && result.pageCount > 1 && (
          <p className="text-muted">{t("showing", { first: formatNumber(first, locale), last: formatNumber(last, locale) })}</p>
        )}
      </div>
      {result.rows.length === 0 ? (
        <WiderSearches filters={filters} wider={wider} options={options} districtNames={districtNames} locale={locale} />
      ) : (
        <ul className="space-y-4" aria-label={t("resultsLabel")}>
          {result.rows.map((org) => (
            <OrganizationCard key={org.id} org={org} areaName={areaName} />
          ))}
        </ul>
      )}
      <Pagination pathname="/organizations" query={query} page={result.page} pageCount={result.pageCount} />
      <p className="mt-8 max-w-3xl text-sm text-muted">{t("csvNote")}</p>
    </div>
  );
}
