import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** Benchmark reference: the cheapest page rendered per request, with the same layout (scripts/bench.ts). */
export default async function DynamicReferencePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  return <p>OK</p>;
}
