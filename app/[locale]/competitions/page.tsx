import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { knownCompetitionListFilters } from "@/lib/competitions/cache";
import { competitionListFilters } from "@/lib/competitions/list-filters";
import { listFiltersOf } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { CompetitionList } from "./CompetitionList";

/*
 * The public list: no session; data from the cache (tag "competitions"). Served cached through
 * ./list/[filters] (the proxy rewrites /competitions?… there); this page only answers when the
 * proxy did not run, rendering the same list per request.
 */
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "competitions" }))("title") };
}

export default async function CompetitionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = (await knownCompetitionListFilters(listFiltersOf(competitionListFilters, await searchParams))) ?? notFound();
  return <CompetitionList locale={locale} filters={filters} />;
}
