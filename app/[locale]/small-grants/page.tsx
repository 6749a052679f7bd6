import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SmallGrantList } from "./SmallGrantList";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("smallGrants.public");
  return { title: t("title") };
}

/**
 * Public: offers in their 7-day comment window. Served cached through ./list/[filters] (the proxy
 * rewrites /small-grants there); this page only answers when the proxy did not run, rendering the
 * same list per request (the database is not open at build time).
 */
export default async function SmallGrantsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  return <SmallGrantList locale={locale} />;
}
