import { formatDay, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { groszeToInput } from "@/lib/core/money";

/** "2026-03-01" → "1 marca 2026" (a Warsaw calendar date, so noon avoids any day shift). */
export function day(iso: string | null | undefined, locale: Locale) {
  return iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDay(iso, locale) : "—";
}

export function money(grosze: number, locale: Locale) {
  return formatMoney(grosze, locale);
}

/** Grosze to what a person types back into a field ("12500,50" / "12500.50"). */
export function moneyInput(grosze: number, locale: Locale) {
  const text = groszeToInput(grosze);
  return locale === "pl" ? text : text.replace(",", ".");
}
