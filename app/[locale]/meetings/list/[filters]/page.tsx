import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listFiltersFromKey } from "@/lib/http/list-filters";
import { meetingListFilters } from "@/lib/meetings/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { MeetingsList } from "../../MeetingsList";

/*
 * The cached public list per type and year (lib/http/list-filters.ts, lib/meetings/list-filters.ts):
 * rendered on its first visit, kept until the "meetings" tag is revalidated, and at most ten minutes, as its data: a meeting moves from "upcoming" to "past" by the clock (read when the data is read, lib/meetings/cache.ts).
 */
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreEvents.list" }))("title") };
}

export default async function CachedMeetingsListPage({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  // any other segment is a 404, which is not cached (lib/http/cache-handler.mjs)
  const known = listFiltersFromKey(meetingListFilters, filters);
  if (!known) notFound();
  return <MeetingsList locale={locale} filters={known} />;
}
