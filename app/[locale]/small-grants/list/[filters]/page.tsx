import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listFiltersFromKey, noListFilters } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { SmallGrantList } from "../../SmallGrantList";

/*
 * The cached public list (lib/http/list-filters.ts; it has no filters, so its only key is "all"):
 * rendered on its first visit, kept until the "small-grants" tag is revalidated, and at most five minutes, as its data: an offer leaves the list when its comment window ends, by the clock (read when the data is read, lib/small-grants/cache.ts).
 */
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "smallGrants.public" }))("title") };
}

export default async function CachedSmallGrantListPage({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  // any other segment is a 404, which is not cached (lib/http/cache-handler.mjs)
  if (!listFiltersFromKey(noListFilters, filters)) notFound();
  return <SmallGrantList locale={locale} />;
}
