import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { filtersToQuery, type DirectoryFilters } from "@/lib/organizations/filters";
import type { DirectoryOptions } from "@/lib/organizations/queries";
import type { WiderSearch } from "@/lib/organizations/suggestions";

const link = "text-brand-600 underline";

/* Plain `<a>` links (not the i18n `Link`, a client component): these notices stay server-rendered markup only. */

/** "Szukamy na osiedlu Piasta I lub Piasta II", with the way to search the whole city instead. */
export async function DistrictInQueryNotice({ filters, names }: { filters: DirectoryFilters; names: string[] }) {
  const [t, locale] = await Promise.all([getTranslations("directory"), getLocale()]);
  const everywhere = filtersToQuery({ ...filters, everywhere: true, page: 1 });
  return (
    <div className="mb-4 border-l-4 border-brand-600 bg-brand-50 p-3">
      <p>{t("districtInQuery", { count: names.length, names: names.join(t("namesJoin")) })}</p>
      <p className="mt-1">
        <a href={getPathname({ href: { pathname: "/organizations", query: everywhere }, locale })} className={link}>
          {t("searchEverywhere", { query: filters.q ?? "" })}
        </a>
      </p>
    </div>
  );
}

/** An empty result: each criterion that could be dropped, with what dropping it finds. */
export async function WiderSearches({
  filters,
  wider,
  options,
  districtNames,
  locale,
}: {
  filters: DirectoryFilters;
  wider: WiderSearch[];
  options: DirectoryOptions;
  districtNames: string[];
  locale: Locale;
}) {
  const t = await getTranslations("directory");
  const org = await getTranslations("organization");
  const areaName = (slug: string) => {
    const area = options.areas.find((a) => a.slug === slug);
    return area ? (locale === "en" ? area.nameEn : area.namePl) : slug;
  };
  const filterLabel = (search: WiderSearch): string => {
    switch (search.kind) {
      case "legalForm":
        return `${t("legalForm")}: ${org(`legalForms.${filters.legalForm}`)}`;
      case "area":
        return `${t("area")}: ${areaName(filters.area ?? "")}`;
      case "district":
        return `${t("district")}: ${options.districts.find((d) => d.slug === filters.district)?.name ?? filters.district}`;
      case "opp":
        return filters.opp ? t("oppYes") : t("oppNo");
      case "volunteers":
        return filters.volunteers ? t("volunteersYes") : t("volunteersNo");
      case "q":
        return t("widerWords", { query: filters.q ?? "" });
      case "everywhere":
        return t("widerEverywhere", { names: districtNames.join(t("namesJoin")) });
    }
  };
  return (
    <div className="mb-6">
      <p>{t("empty")}</p>
      {wider.length > 0 && (
        <>
          <p className="mt-3 font-semibold">{t("wider")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {wider.map((search) => (
              <li key={search.kind}>
                <a
                  href={getPathname({ href: { pathname: "/organizations", query: filtersToQuery(search.filters) }, locale })}
                  className={link}
                >
                  {search.kind === "q" || search.kind === "everywhere"
                    ? filterLabel(search)
                    : t("widerFilter", { label: filterLabel(search) })}
                </a>{" "}
                ({t("widerCount", { count: search.total, formatted: formatNumber(search.total, locale) })})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
