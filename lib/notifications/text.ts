import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/** A translator for this module's own message files (outside React: mail texts). */
export function participationText(locale: Locale) {
  return translator(locale);
}

export function localeOf(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "pl";
}

/** An absolute link to a page in the person's language. */
export function absoluteLink(origin: string | undefined, locale: Locale, path: string) {
  const base = (origin ?? process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${locale === "pl" ? "" : "/en"}${path}`;
}
