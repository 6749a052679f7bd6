import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listFiltersFromKey } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { directoryIsPublic } from "@/lib/organizations/access";
import { cachedDirectoryOptions, cachedDirectoryPage } from "@/lib/organizations/cache";
import { directoryFiltersOf, directoryListFilters } from "@/lib/organizations/list-filters";
import { Directory } from "../../Directory";

/*
 * The cached directory without a search, one page per order and page number
 * (lib/organizations/list-filters.ts): rendered on its first visit, kept until the "organizations"
 * tag is revalidated (nothing in it depends on the clock), and at most an hour. A page past the last
 * is a 404, which is not cached (lib/http/cache-handler.mjs).
 */
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "directory" });
  return { title: t("title"), description: t("lead") };
}

export default async function CachedDirectoryPage({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  if (!directoryIsPublic()) forbidden();
  const known = listFiltersFromKey(directoryListFilters, filters) ?? notFound();
  const [options, result] = await Promise.all([cachedDirectoryOptions(), cachedDirectoryPage(known)]);
  if (result.page > 1 && result.rows.length === 0) notFound();
  return <Directory locale={locale} filters={directoryFiltersOf(known)} options={options} result={result} wider={[]} />;
}
