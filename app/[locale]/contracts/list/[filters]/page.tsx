import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { knownContractListFilters } from "@/lib/contracts/cache";
import { contractListFilters } from "@/lib/contracts/list-filters";
import { listFiltersFromKey } from "@/lib/http/list-filters";
import type { Locale } from "@/lib/i18n/routing";
import { ContractRegister } from "../../ContractRegister";

/*
 * The cached public register, one page per filter combination and page number
 * (lib/http/list-filters.ts): rendered on its first visit (known filter values only), kept until the
 * "contracts" tag is revalidated (nothing in it depends on the clock), and at most five minutes, as its data.
 */
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; filters: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "contracts.register" }))("title") };
}

export default async function CachedContractRegisterPage({ params }: Props) {
  const { locale, filters } = await params;
  setRequestLocale(locale);
  // unknown filters are a 404, which is not cached (lib/http/cache-handler.mjs)
  const known = (await knownContractListFilters(listFiltersFromKey(contractListFilters, filters))) ?? notFound();
  return <ContractRegister locale={locale} filters={known} />;
}
