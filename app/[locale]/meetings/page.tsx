import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { MeetingsList } from "./MeetingsList";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "participation.meetings" }))("title") };
}

/**
 * Public: upcoming and past meetings. Served cached through ./list/[filters] (the proxy rewrites
 * /meetings there); this page only answers when the proxy did not run, rendering the same list per
 * request (the database is not open at build time).
 */
export default async function MeetingsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  return <MeetingsList locale={locale} />;
}
