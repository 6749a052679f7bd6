import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { listFiltersFromKey } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { knownBoardFilters } from "@/lib/volunteering/cache";
import { volunteeringBoardFilters } from "@/lib/volunteering/list-filters";
import { BoardList } from "../../BoardList";

/*
 * The cached public board, one page per filter combination without a date range
 * (lib/volunteering/list-filters.ts): rendered on its first visit (known values only), kept until
 * the "volunteering" tag is revalidated, and at most ten minutes.
 */
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("volunteering.board");
  return { title: t("title"), description: t("lead") };
}

export default async function CachedVolunteeringBoard({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  const parsed = listFiltersFromKey(volunteeringBoardFilters, filters);
  // a date range is never cached (unbounded); unknown values are a 404, which is not cached either
  const known = (parsed && !parsed.from && !parsed.to ? await knownBoardFilters(parsed) : null) ?? notFound();
  return <BoardList locale={locale} filters={known} />;
}
