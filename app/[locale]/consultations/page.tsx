import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { knownListFilters } from "@/lib/consultations/cache";
import { consultationListFilters } from "@/lib/consultations/list-filters";
import { listFiltersOf } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { ConsultationList } from "./ConsultationList";

/*
 * The public list: no session; data from the cache (tag "consultations"). Served cached through
 * ./list/[filters] (the proxy rewrites /consultations?… there); this page only answers when the
 * proxy did not run, rendering the same list per request.
 */
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "consultations" }))("title") };
}

export default async function ConsultationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = (await knownListFilters(listFiltersOf(consultationListFilters, await searchParams))) ?? notFound();
  return <ConsultationList locale={locale} filters={filters} />;
}
