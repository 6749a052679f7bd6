import { getTranslations } from "next-intl/server";
import { MeetingList } from "@/components/consultations/MeetingList";
import { PageHeading } from "@/components/ui/PageHeading";
import type { Locale } from "@/lib/i18n/routing";
import { cachedMeetingList } from "@/lib/meetings/cache";

/** Upcoming and past meetings (data from Next's cache, tag "meetings"). */
export async function MeetingsList({ locale }: { locale: Locale }) {
  const t = await getTranslations("participation.meetings");
  const { upcoming, past } = await cachedMeetingList();
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
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
