import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { knownListFilters } from "@/lib/consultations/cache";
import { consultationListFilters } from "@/lib/consultations/list-filters";
import { listFiltersFromKey } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { ConsultationList } from "../../ConsultationList";

/*
 * The cached public list, one page per filter combination (lib/http/list-filters.ts):
 * rendered on its first visit (known filter values only), kept until the "consultations" tag is revalidated, and at most five
 * minutes, because a consultation opens and closes by the clock.
 */
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "consultations" }))("title") };
}

export default async function CachedConsultationsPage({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  // unknown filters are a 404, which is not cached (cache-handler.cjs)
  const known = (await knownListFilters(listFiltersFromKey(consultationListFilters, filters))) ?? notFound();
  return <ConsultationList locale={locale} filters={known} />;
}
