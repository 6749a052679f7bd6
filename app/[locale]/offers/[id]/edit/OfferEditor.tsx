"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { useAutosave } from "@/components/forms/useAutosave";
import { useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/i18n/format";
import type { OfferContent, SectionKey } from "@/lib/offers/content";
import {
  checkLimits,
  computeSums,
  missingFields,
  sectionStatuses,
  splitIssues,
  splitMissing,
  type CompetitionLimits,
  type SectionStatus,
} from "@/lib/offers/rules";
import { autosaveOfferAction } from "../actions";
import { useIssueText } from "../useIssueText";
import { CostsSection, SourcesSection } from "./MoneySections";
import { ApplicantSection, DeclarationsSection, OtherSection, ResourcesSection, TaskSection } from "./Sections";
import { SplitSection } from "./SplitSection";
import { useFieldFromHash } from "./useFieldFromHash";
import { ReadOnlyContext } from "./readOnly";

interface Props {
  offerId: string;
  locale: Locale;
  initialContent: OfferContent;
  limits: CompetitionLimits;
  defaultYear: number;
  basic: { label: string; value: string }[];
  profile: { label: string; value: string }[];
  /** The lead, then the partners of a joint offer. */
  parties: { id: string; name: string }[];
  /** Past the competition's deadline: every field disabled, nothing saved (the page says why). */
  readOnly: boolean;
  /** The joint offer's partners (a disclosure), shown below the task list. */
  partnersForm: ReactNode;
}

const tagStyles: Record<SectionStatus, string> = {
  notStarted: "bg-gray-200 text-gray-900",
  inProgress: "bg-blue-100 text-blue-900",
  complete: "bg-green-100 text-green-900",
  hasErrors: "bg-red-100 text-red-900",
};

export function OfferEditor({
  offerId,
  locale,
  initialContent,
  limits,
  defaultYear,
  basic,
  profile,
  parties,
  readOnly,
  partnersForm,
}: Props) {
  const t = useTranslations("offers");
  const router = useRouter();
  const issueText = useIssueText(locale);
  const [content, setContent] = useState(initialContent);
  const sums = useMemo(() => computeSums(content, defaultYear), [content, defaultYear]);
  const partyIds = useMemo(() => parties.map((p) => p.id), [parties]);
  const issues = useMemo(
    () => [...checkLimits(content, sums, limits), ...splitIssues(content, sums, partyIds)],
    [content, sums, limits, partyIds],
  );
  const statuses = useMemo(
    () => sectionStatuses(content, issues, [...missingFields(content, sums), ...splitMissing(content, partyIds)], partyIds.length > 1),
    [content, issues, sums, partyIds],
  );
  // arriving from the check page (a link to one field): missing answers are shown at their fields too
  const fromCheck = useFieldFromHash();
  const errorFor = (field: string) => {
    const issue =
      issues.find((i) => i.field === field) ??
      (fromCheck ? [...missingFields(content, sums), ...splitMissing(content, partyIds)].find((i) => i.field === field) : undefined);
    return issue ? issueText(issue) : undefined;
  };

  const { state: save, saveNow } = useAutosave(content, initialContent, async (latest) => {
    // a read-only draft never changes (its fields are disabled); were it to, nothing would be sent
    if (readOnly) return { kind: "error" };
    const result = await autosaveOfferAction(offerId, latest);
    return result.ok && result.savedAt ? { kind: "saved", at: result.savedAt } : { kind: "error" };
  });

  const update = (fn: (c: OfferContent) => OfferContent) => setContent((c) => fn(c));
  const props = { content, update, errorFor };
  const sections: { key: SectionKey; body: React.ReactNode }[] = [
    { key: "applicant", body: <ApplicantSection {...props} profile={profile} /> },
    { key: "task", body: <TaskSection {...props} /> },
    { key: "resources", body: <ResourcesSection {...props} /> },
    { key: "costs", body: <CostsSection {...props} sums={sums} locale={locale} defaultYear={defaultYear} /> },
    { key: "sources", body: <SourcesSection {...props} sums={sums} locale={locale} /> },
    { key: "split", body: <SplitSection {...props} sums={sums} locale={locale} parties={parties} /> },
    { key: "other", body: <OtherSection {...props} /> },
    { key: "declarations", body: <DeclarationsSection {...props} /> },
  ];

  return (
    <div>
      <p role="status" aria-live="polite" className="sticky top-0 z-10 mb-4 bg-white py-2 text-sm font-semibold">
        {save.kind === "saving" && t("autosave.saving")}
        {save.kind === "saved" && t("autosave.saved", { time: formatDateTime(new Date(save.at), locale) })}
        {save.kind === "error" && <span className="text-accent-600">{t("autosave.error")}</span>}
      </p>
      <nav aria-labelledby="task-list-title" className="mb-10">
        <h2 id="task-list-title" className="mb-1 text-2xl font-bold">
          {t("taskList")}
        </h2>
        <p className="mb-3 text-muted">{t("taskListLead")}</p>
        <ul className="max-w-2xl border-t border-gray-300">
          <li className="flex justify-between border-b border-gray-300 py-2">
            <a href="#section-basic" className="text-brand-700 underline">
              {t("sections.basic")}
            </a>
            <strong className={`rounded px-2 text-sm ${tagStyles.complete}`}>{t("sectionStatus.complete")}</strong>
          </li>
          {sections.map(({ key }) => (
            <li key={key} className="flex justify-between border-b border-gray-300 py-2">
              <a href={`#section-${key}`} className="text-brand-700 underline" aria-describedby={`status-${key}`}>
                {t(`sections.${key}`)}
              </a>
              <strong id={`status-${key}`} data-testid={`status-${key}`} className={`rounded px-2 text-sm ${tagStyles[statuses[key]]}`}>
                {t(`sectionStatus.${statuses[key]}`)}
              </strong>
            </li>
          ))}
        </ul>
      </nav>
      {partnersForm}

      <section id="section-basic" aria-labelledby="h-basic" className="mb-10">
        <h2 id="h-basic" className="mb-4 text-2xl font-bold">
          {t("sections.basic")}
        </h2>
        <dl>
          {basic.map((b) => (
            <div key={b.label} className="sm:grid sm:grid-cols-3 sm:gap-4">
              <dt className="font-semibold">{b.label}</dt>
              <dd className="sm:col-span-2">{b.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {/* every control of a read-only draft is disabled (./readOnly.ts) */}
      <ReadOnlyContext value={readOnly}>
        {sections.map(({ key, body }) => (
          <section key={key} id={`section-${key}`} aria-labelledby={`h-${key}`} className="mb-10">
            <h2 id={`h-${key}`} className="mb-4 text-2xl font-bold">
              {t(`sections.${key}`)}
            </h2>
            {body}
          </section>
        ))}
      </ReadOnlyContext>

      <button
        type="button"
        className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        onClick={async () => {
          if (!readOnly) await saveNow();
          router.push(`/offers/${offerId}/check`);
        }}
      >
        {t("checkAnswers")}
      </button>
    </div>
  );
}
