"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferIssue } from "@/lib/offers/rules";
import { useIssueText } from "../useIssueText";

export function IssueList({ locale, offerId, issues }: { locale: Locale; offerId: string; issues: OfferIssue[] }) {
  const t = useTranslations("offers");
  const text = useIssueText(locale);
  // "III.3 Syntetyczny opis zadania": the field by its number in the official form (a party's V.C row by its column)
  const fieldName = (issue: OfferIssue) => {
    const key = `fieldNames.${issue.field.split(".").slice(0, 2).join(".")}`;
    return t.has(key as never) ? t(key as never) : t(`sections.${issue.section}`);
  };
  return (
    <div className="mb-6 border-4 border-accent-600 p-4">
      <h2 className="mb-2 text-lg font-bold">{t("cannotSubmit")}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {issues.map((issue, i) => (
          <li key={i}>
            <Link href={`/offers/${offerId}/edit#field-${issue.field}`} className="font-semibold text-accent-600 underline">
              {fieldName(issue)}: {text(issue)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
