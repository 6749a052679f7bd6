import { getTranslations } from "next-intl/server";
import { day, money } from "@/components/contracts/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { TableScroll } from "@/components/ui/TableScroll";
import { cachedRegister, cachedRegisterOptions } from "@/lib/contracts/cache";
import type { RegisterFilters } from "@/lib/contracts/register";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The register with its filter form and pages. */
export async function ContractRegister({ locale, filters }: { locale: Locale; filters: RegisterFilters }) {
  const [t, c, options, page] = await Promise.all([
    getTranslations("contracts.register"),
    getTranslations("contracts"),
    cachedRegisterOptions(),
    cachedRegister(filters),
  ]);
  const select = "max-w-xs rounded border-2 border-gray-700 px-3 py-2";
  const query = {
    year: filters.year ? String(filters.year) : undefined,
    area: filters.area,
    form: filters.form,
    organization: filters.organization,
  };
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <form noValidate method="get" className="mb-6 flex flex-wrap items-end gap-4 border-2 border-gray-200 p-4" aria-label={t("filters")}>
        <div>
          <label htmlFor="filter-year" className="mb-1 block font-semibold">
            {t("year")}
          </label>
          <select id="filter-year" name="year" defaultValue={query.year ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {options.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-area" className="mb-1 block font-semibold">
            {t("area")}
          </label>
          <select id="filter-area" name="area" defaultValue={filters.area ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {options.areas.map((a) => (
              <option key={a.slug} value={a.slug}>
                {locale === "en" ? a.nameEn : a.namePl}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-form" className="mb-1 block font-semibold">
            {t("form")}
          </label>
          <select id="filter-form" name="form" defaultValue={filters.form ?? ""} className={select}>
            <option value="">{t("any")}</option>
            <option value="support">{c("fundingForms.support")}</option>
            <option value="entrustment">{c("fundingForms.entrustment")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-organization" className="mb-1 block font-semibold">
            {t("organization")}
          </label>
          <select id="filter-organization" name="organization" defaultValue={filters.organization ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {options.organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("apply")}
        </button>
      </form>
      <p className="mb-4" role="status">
        {t("count", { count: page.total })}
      </p>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <TableScroll label={t("caption")}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-2">
                  {c("fields.number")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {c("fields.organization")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {c("fields.title")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("amounts")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {c("fields.period")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {c("fields.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.id} className="border-b border-gray-200 align-top" data-testid="register-row">
                  <td className="py-2 pr-2 font-mono">
                    <Link href={`/contracts/${r.id}`} className="text-brand-700 underline">
                      {r.number}
                    </Link>
                  </td>
                  <td className="py-2 pr-2">
                    {r.parties.map((p, i) => (
                      <span key={p.id}>
                        {i > 0 && ", "}
                        <Link href={`/organizations/${p.id}`} className="text-brand-700 underline">
                          {p.name}
                        </Link>
                      </span>
                    ))}
                  </td>
                  <td className="py-2 pr-2">
                    {r.title}
                    <br />
                    <span className="text-muted">
                      {c(`sources.${r.source}`)} · {c(`fundingForms.${r.fundingForm}`)}
                    </span>
                  </td>
                  <td className="py-2 pr-2">
                    <ul>
                      {r.years.map((y) => (
                        <li key={y.year}>
                          {y.year}: {money(y.grantGrosze, locale)}
                        </li>
                      ))}
                      {r.years.length > 1 && (
                        <li className="font-semibold">
                          {t("total")}: {money(r.totalGrantGrosze, locale)}
                        </li>
                      )}
                    </ul>
                  </td>
                  <td className="py-2 pr-2">
                    {day(r.startDate, locale)} – {day(r.endDate, locale)}
                  </td>
                  <td className="py-2 pr-2">{c(`statuses.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination pathname="/contracts" query={query} page={page.page} pageCount={page.pageCount} />
    </div>
  );
}
