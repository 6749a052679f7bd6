import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listFiltersOf } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { meetingListFilters } from "@/lib/meetings/list-filters";
import { MeetingsList } from "./MeetingsList";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreEvents.list" }))("title") };
}

/**
 * Public: upcoming and past meetings. Served cached through ./list/[filters] (the proxy rewrites
 * /meetings there); this page only answers when the proxy did not run, rendering the same list per
 * request (the database is not open at build time).
 */
export default async function MeetingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const filters = listFiltersOf(meetingListFilters, await searchParams) ?? notFound();
  return <MeetingsList locale={locale} filters={filters} />;
}
