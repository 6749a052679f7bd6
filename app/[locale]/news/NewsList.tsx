import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/Pagination";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedNewsAreas, cachedNewsList } from "@/lib/news/cache";
import type { NewsListFilters } from "@/lib/news/list-filters";
import { newsTypes } from "@/lib/news/rules";

/** The published news, the newest first, with the type and area filters and pages (data from the cache, tag "news"). */
export async function NewsList({ locale, filters }: { locale: Locale; filters: NewsListFilters }) {
  const { type, area } = filters;
  const [areas, list] = await Promise.all([cachedNewsAreas(locale), cachedNewsList(filters)]);
  const t = await getTranslations("news");
  const areaName = new Map(areas.map((a) => [a.slug, a.name]));
  return (
    <div>
      <PageHeading title={t("list.title")} lead={t("list.lead")} />
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/news/subscribe" className="font-semibold text-brand-600 underline">
            {t("list.subscribe")}
          </Link>
        </li>
        <li>
          <Link href="/news/mailings" className="text-brand-600 underline">
            {t("list.mailings")}
          </Link>
        </li>
        <li>
          <a href="/feeds/news.xml" className="text-brand-600 underline">
            {t("list.feed")}
          </a>
        </li>
        <li>
          <Link href="/account/announcements" className="text-brand-600 underline">
            {t("list.announce")}
          </Link>
        </li>
      </ul>
      <form
        noValidate
        method="get"
        className="mb-8 flex flex-wrap items-end gap-4 border-2 border-gray-200 p-4"
        aria-label={t("list.filters")}
      >
        <div>
          <label htmlFor="filter-type" className="mb-1 block font-semibold">
            {t("list.type")}
          </label>
          <select id="filter-type" name="type" defaultValue={type ?? ""} className="max-w-full rounded border-2 border-gray-700 px-3 py-2">
            <option value="">{t("list.any")}</option>
            {newsTypes.map((k) => (
              <option key={k} value={k}>
                {t(`types.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor="filter-area" className="mb-1 block font-semibold">
            {t("list.area")}
          </label>
          <select
            id="filter-area"
            name="area"
            defaultValue={area ?? ""}
            className="w-full max-w-md rounded border-2 border-gray-700 px-3 py-2"
          >
            <option value="">{t("list.any")}</option>
            {areas.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("list.submit")}
        </button>
        <Link href="/news" className="self-center text-brand-600 underline">
          {t("list.clear")}
        </Link>
      </form>
      {list.items.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="space-y-6">
          {list.items.map((item) => (
            <li key={item.id} className="border-b border-gray-200 pb-4">
              <p className="text-sm font-semibold uppercase text-muted">
                {t(`types.${item.type}`)} · {t("list.published", { date: formatDate(new Date(item.publishAt), locale) })}
              </p>
              <h2 className="text-xl font-bold [overflow-wrap:anywhere]">
                <Link href={`/news/${item.id}`} className="text-brand-700 underline">
                  {item.title}
                </Link>
              </h2>
              {item.lead && <p className="mt-1 [overflow-wrap:anywhere]">{item.lead}</p>}
              {item.organizationName && item.organizationId && (
                <p className="mt-1 text-sm">
                  <Link href={`/organizations/${item.organizationId}`} className="text-brand-600 underline">
                    {t("list.organization", { name: item.organizationName })}
                  </Link>
                </p>
              )}
              {item.areas.length > 0 && (
                <p className="mt-1 text-sm text-muted">{item.areas.map((a) => areaName.get(a) ?? a).join(" · ")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/news" query={{ type, area }} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
