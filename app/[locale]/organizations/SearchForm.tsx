import { getTranslations } from "next-intl/server";
import { legalForms } from "@/lib/organizations/schemas";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { DirectoryOptions } from "@/lib/organizations/queries";
import { directorySorts, type DirectoryFilters } from "@/lib/organizations/filters";

const control = "w-full rounded border-2 border-gray-700 bg-white px-3 py-2";
const label = "mb-1 block font-semibold";

function boolValue(value: boolean | undefined) {
  return value === undefined ? "" : value ? "1" : "0";
}

/**
 * A GET form: every filter ends up in the URL, so a search can be shared or bookmarked. A server
 * component of plain elements (no client component below it): it works without JavaScript, and
 * the page carries no hydration code for it.
 */
export async function SearchForm({ filters, options, locale }: { filters: DirectoryFilters; options: DirectoryOptions; locale: Locale }) {
  const t = await getTranslations("directory");
  const org = await getTranslations("organization");
  return (
    <form
      noValidate
      method="get"
      role="search"
      aria-label={t("searchLabel")}
      className="mb-6 rounded border border-gray-300 bg-brand-50 p-4"
    >
      <div className="mb-4">
        <label htmlFor="directory-q" className={label}>
          {t("query")}
        </label>
        <p id="directory-q-hint" className="mb-1 text-sm text-muted">
          {t("queryHint")}
        </p>
        <input
          id="directory-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          aria-describedby="directory-q-hint"
          className={`${control} max-w-2xl`}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="directory-legal-form" className={label}>
            {t("legalForm")}
          </label>
          <select id="directory-legal-form" name="legalForm" defaultValue={filters.legalForm ?? ""} className={control}>
            <option value="">{t("any")}</option>
            {legalForms.map((form) => (
              <option key={form} value={form}>
                {org(`legalForms.${form}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="directory-area" className={label}>
            {t("area")}
          </label>
          <select id="directory-area" name="area" defaultValue={filters.area ?? ""} className={control}>
            <option value="">{t("anyArea")}</option>
            {options.areas.map((area) => (
              <option key={area.slug} value={area.slug}>
                {locale === "en" ? area.nameEn : area.namePl}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="directory-district" className={label}>
            {t("district")}
          </label>
          <select id="directory-district" name="district" defaultValue={filters.district ?? ""} className={control}>
            <option value="">{t("anyDistrict")}</option>
            {options.districts.map((district) => (
              <option key={district.slug} value={district.slug}>
                {district.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="directory-opp" className={label}>
            {t("opp")}
          </label>
          <select id="directory-opp" name="opp" defaultValue={boolValue(filters.opp)} className={control}>
            <option value="">{t("any")}</option>
            <option value="1">{t("oppYes")}</option>
            <option value="0">{t("oppNo")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="directory-volunteers" className={label}>
            {t("volunteers")}
          </label>
          <select id="directory-volunteers" name="volunteers" defaultValue={boolValue(filters.volunteers)} className={control}>
            <option value="">{t("any")}</option>
            <option value="1">{t("volunteersYes")}</option>
            <option value="0">{t("volunteersNo")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="directory-sort" className={label}>
            {t("sort")}
          </label>
          <select id="directory-sort" name="sort" defaultValue={filters.sort} className={control}>
            {directorySorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          {t("submit")}
        </button>
        <a href={getPathname({ href: "/organizations", locale })} className="text-brand-600 underline">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
