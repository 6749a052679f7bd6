import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/Pagination";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { filtersToQuery, type DirectoryFilters } from "@/lib/organizations/filters";
import type { DirectoryOptions, DirectoryPage } from "@/lib/organizations/queries";
import type { WiderSearch } from "@/lib/organizations/suggestions";
import { OrganizationCard } from "./OrganizationCard";
import { SearchForm } from "./SearchForm";
import { DistrictInQueryNotice, WiderSearches } from "./SearchNotices";

/**
 * The directory page: the search form and a page of results. Its data is read by the page that
 * renders it: per request for a search (./page.tsx), from the cache for the directory without one
 * (./list/[filters]).
 */
export async function Directory({
  locale,
  filters,
  options,
  result,
  wider,
}: {
  locale: Locale;
  filters: DirectoryFilters;
  options: DirectoryOptions;
  result: DirectoryPage;
  wider: WiderSearch[];
}) {
  const t = await getTranslations("directory");
  const districtNames = result.districtsInQuery.map((d) => d.name);
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
