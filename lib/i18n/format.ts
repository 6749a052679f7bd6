import { WARSAW_TIME_ZONE, warsawToInstant } from "@/lib/dates/warsaw";
import type { Locale } from "./routing";

const tags: Record<Locale, string> = { pl: "pl-PL", en: "en-GB" };

/*
 * Intl formatters are costly to build (tens of microseconds each) and a table of 500 rows formats
 * thousands of values: each formatter is built once per locale and kept.
 */
function memo<T>(build: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = build(tags[locale])));
    return formatter;
  };
}

const dateTimeFormat = memo((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: WARSAW_TIME_ZONE }));
const dateFormat = memo((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: WARSAW_TIME_ZONE }));
const groupedIntegerFormat = memo((tag) => new Intl.NumberFormat(tag, { useGrouping: "always" } as Intl.NumberFormatOptions));
const numberFormat = memo((tag) => new Intl.NumberFormat(tag));

/** "21 grudnia 2026, 15:00" in Warsaw time. */
export function formatDateTime(value: Date, locale: Locale) {
  return dateTimeFormat(locale).format(value);
}

export function formatDate(value: Date, locale: Locale) {
  return dateFormat(locale).format(value);
}

/**
 * A calendar date ("2026-11-30", as date columns and forms keep it) as "30 listopada 2026"; noon in
 * Warsaw, so no time zone moves it to another day. Anything else (an empty or partial date typed
 * into a draft) is shown as it is, or "—" when empty.
 */
export function formatDay(iso: string | null | undefined, locale: Locale) {
  if (!iso) return "—";
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(warsawToInstant(iso, "12:00"), locale) : iso;
}

/** Integer grosze to "12 500,00 zł". */
export function formatMoney(grosze: number | bigint, locale: Locale) {
  const value = BigInt(grosze);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  const whole = groupedIntegerFormat(locale).format(abs / 100n);
  const fraction = String(abs % 100n).padStart(2, "0");
  const decimal = locale === "pl" ? "," : ".";
  return `${sign}${whole}${decimal}${fraction} zł`;
}

export function formatNumber(value: number, locale: Locale) {
  return numberFormat(locale).format(value);
}
