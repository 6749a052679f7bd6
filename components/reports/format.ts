import { formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/** An ISO calendar date ("2026-11-30") as "30 listopada 2026". */
export function day(date: string | null | undefined, locale: Locale) {
  return formatDay(date, locale);
}

/** Basis points as a percentage with two decimals, "83,33 %". */
export function percent(bp: number, locale: Locale) {
  return new Intl.NumberFormat(locale === "pl" ? "pl-PL" : "en-GB", {
    style: "percent",
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(bp / 10_000);
}
