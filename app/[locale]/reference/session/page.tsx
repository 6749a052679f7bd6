import { setRequestLocale } from "next-intl/server";
import { currentPrincipal } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Benchmark reference: the cheapest page rendered per request for a logged-in person (the session
 * cookie decoded, the person and roles read from the database), with the same layout (scripts/bench.ts).
 */
export default async function SessionReferencePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await currentPrincipal();
  return <p>{principal ? "OK" : "–"}</p>;
}
