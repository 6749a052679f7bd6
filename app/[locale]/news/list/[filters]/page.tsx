import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { listFiltersFromKey } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { knownNewsListFilters } from "@/lib/news/cache";
import { newsListFilters } from "@/lib/news/list-filters";
import { NewsList } from "../../NewsList";

/*
 * The cached public news list, one page per filter combination (lib/http/list-filters.ts): rendered
 * on its first visit (known filter values only), kept until the "news" tag is revalidated, and at
 * most a minute, because an item scheduled for later appears by the clock.
 */
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.list" }))("title") };
}

export default async function CachedNewsPage({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  // unknown filters are a 404, which is not cached (lib/http/cache-handler.mjs)
  const known = (await knownNewsListFilters(listFiltersFromKey(newsListFilters, filters))) ?? notFound();
  return <NewsList locale={locale} filters={known} />;
}
