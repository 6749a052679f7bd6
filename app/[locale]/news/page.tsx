import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { listFiltersOf } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { knownNewsListFilters } from "@/lib/news/cache";
import { newsListFilters } from "@/lib/news/list-filters";
import { NewsList } from "./NewsList";

/*
 * The public news list: no session; data from the cache (tag "news"). Served cached through
 * ./list/[filters] (the proxy rewrites /news?… there); this page only answers when the proxy did
 * not run, rendering the same list per request.
 */
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "news.list" }))("title") };
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = (await knownNewsListFilters(listFiltersOf(newsListFilters, await searchParams))) ?? notFound();
  return <NewsList locale={locale} filters={filters} />;
}
