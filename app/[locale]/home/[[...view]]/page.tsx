import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { HomeContent } from "../../HomeContent";

/*
 * The cached home page (the proxy rewrites / and /en here). An optional catch-all with no static
 * params keeps it out of the build, when the database is not open: it is rendered on its first
 * visit, kept until a tag of its sections is revalidated, and at most a minute, because what is
 * "open now" changes with the clock. Any extra path segment is a 404.
 */
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; view?: string[] }> };

export default async function CachedHomePage({ params }: Props) {
  const { locale, view } = await params;
  if (view && view.length > 0) notFound();
  setRequestLocale(locale);
  return <HomeContent locale={locale} />;
}
