import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { knownContractListFilters } from "@/lib/contracts/cache";
import { contractListFilters } from "@/lib/contracts/list-filters";
import { listFiltersOf } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { ContractRegister } from "./ContractRegister";

/*
 * The public register: no session; data from the cache (tag "contracts"). Served cached through
 * ./list/[filters] (the proxy rewrites /contracts?… there); this page only answers when the proxy
 * did not run, rendering the same register per request.
 */
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "contracts.register" }))("title") };
}

export default async function ContractRegisterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = (await knownContractListFilters(listFiltersOf(contractListFilters, await searchParams))) ?? notFound();
  return <ContractRegister locale={locale} filters={filters} />;
}
