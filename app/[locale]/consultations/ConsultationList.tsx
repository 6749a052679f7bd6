import { getTranslations } from "next-intl/server";
import { FeedLinks } from "@/components/feeds/FeedLinks";
import { PageHeading } from "@/components/ui/PageHeading";
import { consultationAudiences } from "@/lib/consultations/schemas";
import type { ListFilters } from "@/lib/consultations/list-filters";
import { cachedAreaOptions, cachedConsultationList } from "@/lib/consultations/cache";
import { effectiveStatus } from "@/lib/consultations/rules";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The list with its filter form. */
export async function ConsultationList({ locale, filters }: { locale: Locale; filters: ListFilters }) {
  const { open = false, audience, area, year } = filters;
  const [t, areas, rows] = await Promise.all([
    getTranslations("consultations"),
    cachedAreaOptions(),
    cachedConsultationList({ open, audience, area, year }),
  ]);
  const now = new Date();
  const years = Array.from({ length: 4 }, (_, i) => now.getFullYear() + 1 - i);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <FeedLinks kinds={["consultations"]} />
      <form
        noValidate
        method="get"
        className="mb-8 flex flex-wrap items-end gap-4 border-2 border-gray-200 p-4"
        aria-label={t("filters.legend")}
      >
        <div className="flex items-center gap-2 self-center">
          <input id="filter-open" type="checkbox" name="open" value="1" defaultChecked={open} className="h-5 w-5" />
          <label htmlFor="filter-open" className="font-semibold">
            {t("filters.openNow")}
          </label>
        </div>
        <div>
          <label htmlFor="filter-audience" className="mb-1 block font-semibold">
            {t("filters.audience")}
          </label>
          <select id="filter-audience" name="audience" defaultValue={audience ?? ""} className="rounded border-2 border-gray-700 px-3 py-2">
            <option value="">{t("filters.any")}</option>
            {consultationAudiences.map((a) => (
              <option key={a} value={a}>
                {t(`audience.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-area" className="mb-1 block font-semibold">
            {t("filters.area")}
          </label>
          <select id="filter-area" name="area" defaultValue={area ?? ""} className="max-w-xs rounded border-2 border-gray-700 px-3 py-2">
            <option value="">{t("filters.any")}</option>
            {areas.map((a) => (
              <option key={a.slug} value={a.slug}>
                {locale === "en" ? a.nameEn : a.namePl}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-year" className="mb-1 block font-semibold">
            {t("filters.year")}
          </label>
          <select id="filter-year" name="year" defaultValue={year ?? ""} className="rounded border-2 border-gray-700 px-3 py-2">
            <option value="">{t("filters.any")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("filters.submit")}
        </button>
        <Link href="/consultations" className="self-center text-brand-600 underline">
          {t("filters.clear")}
        </Link>
      </form>
      <p className="mb-4" role="status">
        {t("count", { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-4">
          {rows.map((c) => {
            const status = effectiveStatus({ status: c.status, startsAt: new Date(c.startsAt), endsAt: new Date(c.endsAt) }, now);
            return (
              <li key={c.id} className="rounded border border-gray-300 p-4">
                <p className="mb-1 text-sm font-bold uppercase text-brand-700">{t(`status.${status}`)}</p>
                <h2 className="text-xl font-bold">
                  <Link href={`/consultations/${c.id}`} className="text-brand-600 underline">
                    {c.title}
                  </Link>
                </h2>
                <p>
                  {t("dates", {
                    start: formatDate(new Date(c.startsAt), locale),
                    end: formatDate(new Date(Date.parse(c.endsAt) - 1), locale),
                  })}{" "}
                  · {t(`audience.${c.audience}`)} · {t("commentsCount", { count: c.comments })}
                </p>
                <p className="text-muted">{c.department}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
