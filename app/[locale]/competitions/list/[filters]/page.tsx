import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { knownCompetitionListFilters } from "@/lib/competitions/cache";
import { competitionListFilters } from "@/lib/competitions/list-filters";
import { listFiltersFromKey } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { CompetitionList } from "../../CompetitionList";

/*
 * The cached public list, one page per filter combination (lib/http/list-filters.ts): rendered on
 * its first visit (known filter values only), kept until the "competitions" tag is revalidated, and
 * at most a minute, because a competition closes by the clock (see CompetitionList).
 */
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "competitions" }))("title") };
}

export default async function CachedCompetitionsPage({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  // unknown filters are a 404, which is not cached (lib/http/cache-handler.mjs)
  const known = (await knownCompetitionListFilters(listFiltersFromKey(competitionListFilters, filters))) ?? notFound();
  return <CompetitionList locale={locale} filters={known} />;
}
