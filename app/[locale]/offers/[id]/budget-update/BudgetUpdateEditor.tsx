"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useErrorText } from "@/components/forms/ErrorSummary";
import { useAutosave } from "@/components/forms/useAutosave";
import { pickUpdate, withUpdate, type BudgetUpdateContent } from "@/lib/budget-updates/content";
import { budgetUpdateIssues } from "@/lib/budget-updates/rules";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferContent } from "@/lib/offers/content";
import type { CompetitionLimits } from "@/lib/offers/rules";
import { CostsSection, SourcesSection } from "../edit/MoneySections";
import { ScheduleAndResults } from "../edit/Sections";
import { useIssueText } from "../useIssueText";
import { autosaveBudgetUpdateAction, submitBudgetUpdateAction } from "./actions";

interface Props {
  offerId: string;
  locale: Locale;
  offerContent: OfferContent;
  initialUpdate: BudgetUpdateContent;
  limits: CompetitionLimits;
  granted: number;
  defaultYear: number;
}

/**
 * The updated budget and schedule: the offer generator's own sections (III.4–III.5, V.A, V.B) with
 * its live sums and limit checks, plus the grant awarded; autosaved; sent to the city when clean.
 */
export function BudgetUpdateEditor({ offerId, locale, offerContent, initialUpdate, limits, granted, defaultYear }: Props) {
  const t = useTranslations("budgetUpdate");
  const to = useTranslations("offers");
  const router = useRouter();
  const issueText = useIssueText(locale);
  const errorText = useErrorText("scoringErrors");
  const [initial] = useState(() => withUpdate(offerContent, initialUpdate));
  const [content, setContent] = useState(initial);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const { issues, sums } = useMemo(
    () => budgetUpdateIssues(offerContent, pickUpdate(content), limits, granted, defaultYear),
    [offerContent, content, limits, granted, defaultYear],
  );
  const errorFor = (field: string) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? issueText(issue) : undefined;
  };
  const {
    state: save,
    saveNow,
    markSaved,
  } = useAutosave(content, initial, async (latest) => {
    const result = await autosaveBudgetUpdateAction(offerId, pickUpdate(latest));
    return result.ok && result.savedAt ? { kind: "saved", at: result.savedAt } : { kind: "error" };
  });
  const update = (fn: (c: OfferContent) => OfferContent) => setContent((c) => fn(c));
  const props = { content, update, errorFor };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    await saveNow();
    const result = await submitBudgetUpdateAction(offerId);
    setSubmitting(false);
    if (result.ok) {
      markSaved();
      router.refresh();
    } else setSubmitError(errorText(result.error));
  };

  return (
    <div>
      <p role="status" aria-live="polite" className="sticky top-0 z-10 mb-4 bg-white py-2 text-sm font-semibold">
        {save.kind === "saving" && to("autosave.saving")}
        {save.kind === "saved" && to("autosave.saved", { time: formatDateTime(new Date(save.at), locale) })}
        {save.kind === "error" && <span className="text-accent-600">{to("autosave.error")}</span>}
      </p>
      <section aria-labelledby="h-update-schedule" className="mb-10">
        <h2 id="h-update-schedule" className="mb-4 text-2xl font-bold">
          {t("sections.schedule")}
        </h2>
        <ScheduleAndResults {...props} />
      </section>
      <section aria-labelledby="h-update-costs" className="mb-10">
        <h2 id="h-update-costs" className="mb-4 text-2xl font-bold">
          {t("sections.costs")}
        </h2>
        <CostsSection {...props} sums={sums} locale={locale} defaultYear={defaultYear} />
      </section>
      <section aria-labelledby="h-update-sources" className="mb-10">
        <h2 id="h-update-sources" className="mb-4 text-2xl font-bold">
          {t("sections.sources")}
        </h2>
        <p className="mb-4 font-semibold">
          {t("granted")}: <span data-testid="granted">{formatMoney(granted, locale)}</span>
        </p>
        <SourcesSection {...props} sums={sums} locale={locale} />
      </section>
      <section aria-labelledby="h-update-issues" className="mb-6 max-w-3xl">
        <h2 id="h-update-issues" className="mb-2 text-xl font-bold">
          {t("issuesTitle")}
        </h2>
        {issues.length === 0 ? (
          <p data-testid="update-issues">{t("noIssues")}</p>
        ) : (
          <ul data-testid="update-issues" className="list-disc pl-6">
            {issues.map((issue) => (
              <li key={`${issue.field}-${issue.code}`}>
                <a href={`#field-${issue.field}`} className="text-brand-700 underline">
                  {issueText(issue)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {submitError && (
        <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold">
          {submitError}
        </p>
      )}
      <button
        type="button"
        disabled={submitting}
        aria-disabled={submitting}
        onClick={submit}
        className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
      >
        {t("submit")}
      </button>
    </div>
  );
}
