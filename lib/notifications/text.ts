import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/** A translator for this module's own message files (outside React: mail texts). */
export function participationText(locale: Locale) {
  return translator(locale);
}

export function localeOf(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "pl";
}
