"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferIssue } from "@/lib/offers/rules";
import { useIssueText } from "../useIssueText";

export function IssueList({ locale, offerId, issues }: { locale: Locale; offerId: string; issues: OfferIssue[] }) {
  const t = useTranslations("offers");
  const text = useIssueText(locale);
  return (
    <div className="mb-6 border-4 border-accent-600 p-4">
      <h2 className="mb-2 text-lg font-bold">{t("cannotSubmit")}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {issues.map((issue, i) => (
          <li key={i}>
            <Link href={`/offers/${offerId}/edit#field-${issue.field}`} className="font-semibold text-accent-600 underline">
              {t(`sections.${issue.section}`)}: {text(issue)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
