import { WARSAW_TIME_ZONE } from "@/lib/dates/warsaw";
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
