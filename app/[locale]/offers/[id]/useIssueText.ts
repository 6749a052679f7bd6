"use client";

import { useTranslations } from "next-intl";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferIssue } from "@/lib/offers/rules";

const moneyParams = new Set(["granted", "grant", "max", "min", "sources", "split", "total"]);

/** Plain-language text of a limit or completeness problem, with money and dates formatted. */
export function useIssueText(locale: Locale) {
  const t = useTranslations("offerErrors");
  return (issue: OfferIssue) => {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(issue.params ?? {})) {
      if (moneyParams.has(k)) params[k] = formatMoney(Number(v), locale);
      else if (k === "date") params[k] = formatDate(warsawToInstant(String(v), "12:00"), locale);
      else params[k] = String(v);
    }
    return t.has(issue.code as never) ? t(issue.code as never, params as never) : t("required");
  };
}
