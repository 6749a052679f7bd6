import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { cachedMeetingList } from "@/lib/meetings/cache";
import { MeetingList } from "./MeetingList";

/** The "Meetings" section of a consultation page: its upcoming and past meetings (the page reads them: cachedMeetingList). */
export async function ConsultationMeetings({
  meetings: { upcoming, past },
  locale,
}: {
  meetings: Awaited<ReturnType<typeof cachedMeetingList>>;
  locale: Locale;
}) {
  if (upcoming.length + past.length === 0) return null;
  const t = await getTranslations("participation.meetings");
  return (
    <section aria-labelledby="consultation-meetings" className="mb-8">
      <h2 id="consultation-meetings" className="mb-4 text-2xl font-bold">
        {t("sectionTitle")}
      </h2>
      <MeetingList meetings={[...upcoming, ...past]} locale={locale} />
    </section>
  );
}
