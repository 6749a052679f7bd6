import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeetingList } from "@/components/consultations/MeetingList";
import { PageHeading } from "@/components/ui/PageHeading";
import type { Locale } from "@/lib/i18n/routing";
import { cachedMeetingList } from "@/lib/meetings/cache";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "participation.meetings" }))("title") };
}

/**
 * Public: upcoming and past meetings. No cookies or session are read; the page is rendered per
 * request (upcoming/past depends on the clock, and the database is not open at build time) from
 * data in Next's cache (tag "meetings").
 */
export default async function MeetingsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
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
