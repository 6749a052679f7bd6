import { getTranslations } from "next-intl/server";
import { FeedLinks } from "@/components/feeds/FeedLinks";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { cachedCompetitionList, cachedCompetitionOptions } from "@/lib/competitions/cache";
import type { CompetitionListFilters } from "@/lib/competitions/list-filters";
import { effectiveStatus } from "@/lib/competitions/rules";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Countdown } from "./Countdown";

/**
 * The list with its filter form (the year of the offer deadline, the task area). Rendered once per
 * filter combination and kept (./list/[filters]), so "open" and "closed" are read from the clock at
 * render time; a deadline passing does not leave a competition listed as open: the
 * `competitions.close` job closes its offers at the deadline (it runs every minute) and revalidates
 * the tag, the cached page also expires every minute (in case the jobs do not run), and the countdown
 * is a client component that reads the browser's clock and says "closed" once the deadline passed.
 */
export async function CompetitionList({ locale, filters }: { locale: Locale; filters: CompetitionListFilters }) {
  const { year, area } = filters;
  const [t, status, options, rows] = await Promise.all([
    getTranslations("competitions"),
    getTranslations("competitionStatus"),
    cachedCompetitionOptions(),
    cachedCompetitionList({ year, area }),
  ]);
  const now = new Date();
  const withStatus = rows.map((c) => ({
    ...c,
    effective: effectiveStatus({ status: c.status, offerDeadline: c.offerDeadline ? new Date(c.offerDeadline) : null }, now),
  }));
  const open = withStatus.filter((c) => c.effective === "announced");
  const rest = withStatus.filter((c) => c.effective !== "announced");
  const areaName = (c: (typeof rows)[number]) => (locale === "en" ? c.areaNameEn : c.areaNamePl) ?? "";
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <FeedLinks kinds={["competitions", "deadlines"]} />
      <form noValidate method="get" className="mb-8 flex flex-wrap items-end gap-4 border-2 border-gray-200 p-4" aria-label={t("filters")}>
        <div>
          <label htmlFor="filter-year" className="mb-1 block font-semibold">
            {t("year")}
          </label>
          <select id="filter-year" name="year" defaultValue={year ?? ""} className="rounded border-2 border-gray-700 px-3 py-2">
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
          <select id="filter-area" name="area" defaultValue={area ?? ""} className="max-w-xs rounded border-2 border-gray-700 px-3 py-2">
            <option value="">{t("any")}</option>
            {options.areas.map((a) => (
              <option key={a.slug} value={a.slug}>
                {locale === "en" ? a.nameEn : a.namePl}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("apply")}
        </button>
      </form>

      <h2 className="mb-4 text-2xl font-bold">{t("open")}</h2>
      {open.length === 0 ? (
        <p className="mb-8">{t("noneOpen")}</p>
      ) : (
        <ul className="mb-10 space-y-4">
          {open.map((c) => (
            <li key={c.id} className="border-l-4 border-brand-600 bg-brand-50 p-4">
              <h3 className="text-xl font-bold">
                <Link href={`/competitions/${c.id}`} className="text-brand-700 underline">
                  {c.title}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {c.number} · {areaName(c)}
              </p>
              <p className="mt-2">
                {t("deadline")}: <strong>{c.offerDeadline ? formatDateTime(new Date(c.offerDeadline), locale) : "—"}</strong>
                {c.offerDeadline && (
                  <>
                    {" "}
                    · <Countdown deadline={c.offerDeadline} />
                  </>
                )}
              </p>
              <p>
                {t("budget")}: {formatMoney(c.budgetGrosze, locale)}
              </p>
            </li>
          ))}
        </ul>
      )}

      <h2 className="mb-4 text-2xl font-bold">{t("closed")}</h2>
      {rest.length === 0 ? (
        <p>{t("noneClosed")}</p>
      ) : (
        <TableScroll label={t("closed")}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">
                  {t("number")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("announcement")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("deadline")}
                </th>
                <th scope="col" className="py-2">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rest.map((c) => (
                <tr key={c.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-4 font-mono text-sm">{c.number}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/competitions/${c.id}`} className="text-brand-700 underline">
                      {c.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{c.offerDeadline ? formatDateTime(new Date(c.offerDeadline), locale) : "—"}</td>
                  <td className="py-2">{status(c.effective)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
