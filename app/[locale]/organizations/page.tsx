import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { directoryIsPublic } from "@/lib/organizations/access";
import { cachedDirectoryOptions } from "@/lib/organizations/cache";
import { parseDirectoryFilters } from "@/lib/organizations/filters";
import { searchOrganizations } from "@/lib/organizations/queries";
import { widerSearches } from "@/lib/organizations/suggestions";
import { Directory } from "./Directory";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "directory" });
  return { title: t("title"), description: t("lead") };
}

/**
 * The public directory searched or filtered: reads searchParams, so it renders per request; no
 * session is read. Without a search the proxy serves it cached from ./list/[filters]
 * (lib/organizations/list-filters.ts).
 */
export default async function DirectoryPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!directoryIsPublic()) forbidden();
  const filters = parseDirectoryFilters(await searchParams);
  const db = await getDb();
  const [options, result] = await Promise.all([cachedDirectoryOptions(), searchOrganizations(db, filters)]);
  const wider = result.total === 0 ? await widerSearches(db, filters, result.districtsInQuery.length > 0) : [];
  return <Directory locale={locale} filters={filters} options={options} result={result} wider={wider} />;
}
