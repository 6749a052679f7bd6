import type { Locale } from "./routing";

const tags: Record<Locale, string> = { pl: "pl-PL", en: "en-GB" };

/** "21 grudnia 2026, 15:00" in Warsaw time. */
export function formatDateTime(value: Date, locale: Locale) {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Warsaw" }).format(value);
}

export function formatDate(value: Date, locale: Locale) {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: "long", timeZone: "Europe/Warsaw" }).format(value);
}

/** Integer grosze to "12 500,00 zł". */
export function formatMoney(grosze: number | bigint, locale: Locale) {
  const value = BigInt(grosze);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  const whole = new Intl.NumberFormat(tags[locale], { useGrouping: "always" } as Intl.NumberFormatOptions).format(abs / 100n);
  const fraction = String(abs % 100n).padStart(2, "0");
  const decimal = locale === "pl" ? "," : ".";
  return `${sign}${whole}${decimal}${fraction} zł`;
}

export function formatNumber(value: number, locale: Locale) {
  return new Intl.NumberFormat(tags[locale]).format(value);
}
