"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { useAutosave } from "@/components/forms/useAutosave";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import type { FieldErrors, FormState } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ReportContent } from "@/lib/reports/content";
import { reportSums, type PlannedLine, type PlannedSources, type ReportIssue } from "@/lib/reports/rules";
import { autosaveReportAction, submitReportAction } from "./actions";
import {
  ActivitiesSection,
  AttachmentsSection,
  CostsSection,
  DeclarationsSection,
  PeopleSection,
  ResultsSection,
  SourcesSection,
} from "./EditorSections";
import { TextField } from "./ReportFields";

interface Props {
  contractId: string;
  reportId: string;
  locale: Locale;
  initialVersion: number;
  initialContent: ReportContent;
  lines: PlannedLine[];
  sources: PlannedSources;
}

/** The report form: autosaved (debounced, chained, with the version last saved), then submitted. */
export function ReportEditor({ contractId, reportId, locale, initialVersion, initialContent, lines, sources }: Props) {
  const t = useTranslations("reports");
  const errorText = useErrorText("reports.errors");
  const router = useRouter();
  const [content, setContent] = useState(initialContent);
  const [issues, setIssues] = useState<ReportIssue[]>([]);
  const [formState, setFormState] = useState<FormState>({ status: "idle" });
  const [submitting, setSubmitting] = useState(false);
  const version = useRef(initialVersion);
  const sums = useMemo(() => reportSums(content, lines, sources), [content, lines, sources]);

  const {
    state: save,
    flush,
    latest,
    markSaved,
  } = useAutosave(content, initialContent, async (typed) => {
    const result = await autosaveReportAction(reportId, version.current, typed);
    if (result.ok && result.version) {
      version.current = result.version;
      return { kind: "saved", at: result.savedAt! };
    }
    return { kind: !result.ok && result.error === "staleVersion" ? "stale" : "error" };
  });

  const err = (field: string) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? errorText(issue.key) : undefined;
  };
  const update = (fn: (c: ReportContent) => ReportContent) => setContent((c) => fn(c));
  const props = { content, update, err };

  /** The label of an issue's field, for the error summary (its links lead to the fields). */
  const labelOf = (field: string): string => {
    const plain: Record<string, string> = {
      costs: t("sections.costs"),
      sources: t("sections.sources"),
      "results.narrative": t("f.resultsNarrative"),
      "people.staff": t("f.staff"),
      "people.volunteers": t("f.volunteers"),
      "people.volunteerHours": t("f.volunteerHours"),
      "sources.ownFinancial": t("f.ownFinancial"),
      "sources.ownNonFinancial": t("f.ownNonFinancial"),
      "sources.participantFees": t("f.participantFees"),
    };
    if (plain[field]) return plain[field];
    if (field.startsWith("declarations.")) return t("sections.declarations");
    const line = /^costs\.(.+)\.(actualTotal|actualGrant)$/.exec(field);
    const planned = line && lines.find((l) => l.id === line[1]);
    if (line && planned) return t(`f.${line[2] as "actualTotal" | "actualGrant"}`, { name: `${planned.name} (${planned.year})` });
    const item = /^(results|activities|attachments)\.(?:items\.)?(\d+)\.(\w+)$/.exec(field);
    const keys: Record<string, string> = {
      achieved: "f.resultAchieved",
      name: "f.activityName",
      done: "f.activityDone",
      title: "f.attachmentTitle",
      url: "f.attachmentUrl",
    };
    return item && keys[item[3]] ? t(keys[item[3]], { n: Number(item[2]) + 1 }) : "";
  };
  const labels = Object.fromEntries(issues.map((i) => [i.field, labelOf(i.field)]));

  async function submit() {
    setSubmitting(true);
    await flush();
    const result = await submitReportAction(reportId, version.current, latest.current);
    setSubmitting(false);
    if (result.ok) {
      markSaved();
      router.push(`/account/contracts/${contractId}/reports/${reportId}?submitted=${result.round}`);
      router.refresh();
      return;
    }
    if (result.version) version.current = result.version;
    const list = result.issues ?? [];
    setIssues(list);
    const fieldErrors: FieldErrors = {};
    for (const i of list) (fieldErrors[i.field] ??= []).push(i.key);
    setFormState({ status: "error", formError: result.error ?? "invalid", fieldErrors });
  }

  const sections: [string, React.ReactNode][] = [
    ["results", <ResultsSection key="r" {...props} />],
    ["activities", <ActivitiesSection key="a" {...props} />],
    ["costs", <CostsSection key="c" {...props} sums={sums} locale={locale} />],
    ["sources", <SourcesSection key="s" {...props} sums={sums} locale={locale} />],
    ["people", <PeopleSection key="p" {...props} />],
    [
      "additional",
      <TextField
        key="x"
        id="additional.info"
        label={t("f.additionalInfo")}
        multiline
        value={content.additional.info}
        onChange={(v) => update((c) => ({ ...c, additional: { info: v } }))}
      />,
    ],
    ["attachments", <AttachmentsSection key="t" {...props} />],
    ["declarations", <DeclarationsSection key="d" {...props} />],
  ];

  return (
    <div>
      <p role="status" aria-live="polite" className="sticky top-0 z-10 mb-4 bg-white py-2 text-sm font-semibold">
        {save.kind === "saving" && t("editor.saving")}
        {save.kind === "saved" && t("editor.saved", { time: formatDateTime(new Date(save.at), locale) })}
        {save.kind === "error" && <span className="text-accent-600">{t("editor.saveError")}</span>}
        {save.kind === "stale" && <span className="text-accent-600">{t("editor.stale")}</span>}
      </p>
      <ErrorSummary state={formState} labels={labels} namespace="reports.errors" />
      <nav aria-label={t("editor.lead")} className="mb-8">
        <ul className="list-disc pl-6">
          {sections.map(([key]) => (
            <li key={key}>
              <a href={`#section-${key}`} className="text-brand-700 underline">
                {t(`sections.${key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map(([key, body]) => (
        <section key={key} id={`section-${key}`} aria-labelledby={`h-${key}`} className="mb-10">
          <h2 id={`h-${key}`} className="mb-4 text-2xl font-bold">
            {t(`sections.${key}`)}
          </h2>
          {body}
        </section>
      ))}
      <p className="mb-4 max-w-2xl">{t("editor.submitHint")}</p>
      <button
        type="button"
        disabled={submitting}
        aria-disabled={submitting}
        onClick={() => void submit()}
        className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
      >
        {t("editor.submit")}
      </button>
    </div>
  );
}
