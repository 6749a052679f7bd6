import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** Benchmark reference: the cheapest page the app can serve from its cache (see scripts/bench.ts). */
export default async function StaticReferencePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <p>OK</p>;
}
