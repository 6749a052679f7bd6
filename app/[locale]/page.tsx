import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { HomeContent } from "./HomeContent";

/*
 * The home page is served cached through ./home/[[...view]] (the proxy rewrites / and /en there):
 * the [locale] layout prerenders this path at build time, when the database is not open. This page
 * only answers when the proxy did not run, rendering the same content per request.
 */
export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  return <HomeContent locale={locale} />;
}
