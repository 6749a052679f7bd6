import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { offerWhereWhen } from "@/components/volunteering/OfferFacts";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedBoard, cachedBoardOptions } from "@/lib/volunteering/cache";
import { filtersQuery } from "@/lib/volunteering/filters";
import { offerFiltersOf, type BoardListFilters } from "@/lib/volunteering/list-filters";
import { listPublicOffers } from "@/lib/volunteering/queries";
import { audiences as volunteerAudiences } from "@/lib/volunteering/rules";

const control = "w-full rounded border-2 border-gray-700 bg-white px-3 py-2";

/**
 * The public board of volunteer offers: filters in a GET form, one page of offers. From the cache
 * (tag "volunteering") unless a date range is chosen, which is read per request (unbounded
 * combinations: lib/volunteering/list-filters.ts).
 */
export async function BoardList({ locale, filters: known }: { locale: Locale; filters: BoardListFilters }) {
  const filters = offerFiltersOf(known);
  const dated = !!(known.from || known.to);
  const [t, ta, awards, options, result] = await Promise.all([
    getTranslations("volunteering.board"),
    getTranslations("volunteering.audiences"),
    getTranslations("awards"),
    cachedBoardOptions(),
    dated ? listPublicOffers(await getDb(), filters) : cachedBoard(known),
  ]);
  const areaName = (a: { namePl: string; nameEn: string }) => (locale === "en" ? a.nameEn : a.namePl);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/account/volunteering" className="text-brand-600 underline">
          {t("mine")}
        </Link>
        <Link href="/volunteering/statistics" className="text-brand-600 underline">
          {t("statistics")}
        </Link>
        <Link href="/volunteering/certificates/verify" className="text-brand-600 underline">
          {t("verify")}
        </Link>
        <Link href="/volunteering/awards" className="text-brand-600 underline">
          {awards("title")}
        </Link>
      </p>
      <form method="get" noValidate className="mb-6 rounded border border-gray-300 p-4" aria-labelledby="volunteering-filters">
        <h2 id="volunteering-filters" className="mb-3 text-xl font-bold">
          {t("filters")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="f-area" className="mb-1 block font-semibold">
              {t("area")}
            </label>
            <select id="f-area" name="area" defaultValue={filters.area ?? ""} className={control}>
              <option value="">{t("any")}</option>
              {options.areas.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {areaName(a)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-district" className="mb-1 block font-semibold">
              {t("district")}
            </label>
            <select id="f-district" name="district" defaultValue={filters.district ?? ""} className={control}>
              <option value="">{t("any")}</option>
              {options.districts.map((d) => (
                <option key={d.slug} value={d.slug}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-audience" className="mb-1 block font-semibold">
              {t("audience")}
            </label>
            <select id="f-audience" name="audience" defaultValue={filters.audience ?? ""} className={control}>
              <option value="">{t("any")}</option>
              {volunteerAudiences.map((a) => (
                <option key={a} value={a}>
                  {ta(a)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-from" className="mb-1 block font-semibold">
              {t("from")}
            </label>
            <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} className={control} />
          </div>
          <div>
            <label htmlFor="f-to" className="mb-1 block font-semibold">
              {t("to")}
            </label>
            <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className={control} />
          </div>
          <div className="flex items-end gap-2 pb-2">
            <input id="f-online" name="online" type="checkbox" value="1" defaultChecked={!!filters.online} className="h-5 w-5" />
            <label htmlFor="f-online" className="font-semibold">
              {t("online")}
            </label>
          </div>
        </div>
        {filters.organization && (
          <>
            <input type="hidden" name="organization" value={filters.organization} />
            <p className="mt-2 text-muted">{t("organizationFilter")}</p>
          </>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t("apply")}
          </button>
          <Link href="/volunteering" className="text-brand-600 underline">
            {t("clear")}
          </Link>
        </div>
      </form>
      <p role="status" className="mb-4 font-semibold">
        {t("count", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {await Promise.all(
            result.items.map(async (o) => {
              const facts = await offerWhereWhen(o, locale);
              return (
                <li key={o.id} className="rounded border border-gray-300 p-4">
                  <h2 className="text-xl font-bold">
                    <Link href={`/volunteering/${o.id}`} className="text-brand-600 underline">
                      {o.title}
                    </Link>
                  </h2>
                  <p className="text-muted">{o.organization}</p>
                  <p className="mt-2">{locale === "en" ? o.areaEn : o.areaPl}</p>
                  <p>
                    {facts.where} · {facts.when}
                  </p>
                  <p>
                    {facts.hours} · {t("places", { places: o.places })}
                  </p>
                  <p className="mt-1 text-sm">{o.audiences.map((a) => ta(a)).join(", ")}</p>
                  {o.status === "filled" && (
                    <p className="mt-2 inline-block rounded border border-gray-600 px-2 text-sm font-semibold">{t("filled")}</p>
                  )}
                </li>
              );
            }),
          )}
        </ul>
      )}
      <Pagination pathname="/volunteering" query={filtersQuery(filters)} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
