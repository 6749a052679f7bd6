import "server-only";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { csvColumns, type CsvLabels } from "./csv";
import type { DirectoryOptions } from "./queries";

/** Public data, the same for everyone: shareable caches may keep it briefly; any site may read it. */
export const openDataHeaders = {
  "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
  "Access-Control-Allow-Origin": "*",
} as const;

/** CSV header names and value labels in the chosen language (messages: organization.csv.*). */
export function csvLabels(locale: Locale, options: DirectoryOptions): CsvLabels {
  const t = translator(locale);
  const areaNames = new Map(options.areas.map((a) => [a.slug, locale === "en" ? a.nameEn : a.namePl]));
  return {
    headers: Object.fromEntries(csvColumns.map((column) => [column, t(`organization.csv.${column}`)])) as CsvLabels["headers"],
    legalForm: (form) => t(`organization.legalForms.${form}`),
    yes: t("organization.yes"),
    no: t("organization.no"),
    areaName: (slug) => areaNames.get(slug) ?? slug,
    profileUrl: (id) => appLink(locale, `/organizations/${id}`),
  };
}
