import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferIssue } from "@/lib/offers/rules";

const moneyParams = new Set(["granted", "max", "min", "sources", "total"]);

/** The offer generator's explanation of a problem, on the server (money formatted). */
export async function issueTextOf(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "offerErrors" });
  return (issue: OfferIssue) => {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(issue.params ?? {})) params[k] = moneyParams.has(k) ? formatMoney(Number(v), locale) : String(v);
    return t.has(issue.code as never) ? t(issue.code as never, params as never) : t("required");
  };
}
