import { getTranslations } from "next-intl/server";
import { MeetingList } from "@/components/consultations/MeetingList";
import { FeedLinks } from "@/components/feeds/FeedLinks";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cachedMeetingList } from "@/lib/meetings/cache";
import type { MeetingListFilters } from "@/lib/meetings/list-filters";
import { centreEventTypes, consultationMeetingKinds } from "@/lib/meetings/rules";

/** Upcoming and past meetings, trainings and events, with the type and year filter (data from Next's cache, tag "meetings"). */
export async function MeetingsList({ locale, filters }: { locale: Locale; filters: MeetingListFilters }) {
  const [t, e] = await Promise.all([getTranslations("participation.meetings"), getTranslations("centreEvents.list")]);
  const { upcoming, past } = await cachedMeetingList(undefined, filters);
  const now = new Date();
  const years = Array.from({ length: 4 }, (_, i) => now.getFullYear() + 1 - i);
  return (
    <div>
      <PageHeading title={e("title")} lead={e("lead")} />
      <FeedLinks kinds={["events"]} />
      <form noValidate method="get" className="mb-8 flex flex-wrap items-end gap-4 border-2 border-gray-200 p-4" aria-label={e("filters")}>
        <div>
          <label htmlFor="filter-type" className="mb-1 block font-semibold">
            {e("type")}
          </label>
          <select
            id="filter-type"
            name="type"
            defaultValue={filters.type ?? ""}
            className="max-w-full rounded border-2 border-gray-700 px-3 py-2"
          >
            <option value="">{e("any")}</option>
            <optgroup label={e("centreEvents")}>
              {centreEventTypes.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={e("consultationMeetings")}>
              {consultationMeetingKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="filter-year" className="mb-1 block font-semibold">
            {e("year")}
          </label>
          <select id="filter-year" name="year" defaultValue={filters.year ?? ""} className="rounded border-2 border-gray-700 px-3 py-2">
            <option value="">{e("any")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {e("submit")}
        </button>
        <Link href="/meetings" className="self-center text-brand-600 underline">
          {e("clear")}
        </Link>
      </form>
      <section aria-labelledby="upcoming" className="mb-10">
        <h2 id="upcoming" className="mb-4 text-2xl font-bold">
          {t("upcoming")}
        </h2>
        {upcoming.length === 0 ? <p>{t("noUpcoming")}</p> : <MeetingList meetings={upcoming} locale={locale} />}
      </section>
      <section aria-labelledby="past">
        <h2 id="past" className="mb-4 text-2xl font-bold">
          {t("past")}
        </h2>
        {past.length === 0 ? <p>{t("noPast")}</p> : <MeetingList meetings={past} locale={locale} />}
      </section>
    </div>
  );
}
