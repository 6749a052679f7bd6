import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { listFiltersOf } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { knownBoardFilters } from "@/lib/volunteering/cache";
import { volunteeringBoardFilters } from "@/lib/volunteering/list-filters";
import { BoardList } from "./BoardList";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("volunteering.board");
  return { title: t("title"), description: t("lead") };
}

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/*
 * The public board, rendered per request: with a date range (the proxy leaves those here), or when
 * the proxy did not run. Without dates it is served cached through ./list/[filters].
 */
export default async function VolunteeringBoard({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = (await knownBoardFilters(listFiltersOf(volunteeringBoardFilters, await searchParams))) ?? notFound();
  return <BoardList locale={locale} filters={filters} />;
}
