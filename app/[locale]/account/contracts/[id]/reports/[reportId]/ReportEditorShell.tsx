"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { useAutosave } from "@/components/forms/useAutosave";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import type { FieldErrors, FormState } from "@/lib/forms/result";
import { formatDateTime } from "@/lib/i18n/format";
import { useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ReportIssue } from "@/lib/reports/rules";
import { autosaveReportAction, submitReportAction } from "./actions";

/**
 * The state of a report form, full or simplified: the content autosaved (debounced, chained, with the
 * version last saved), the issues of a refused submission, and the submission, which on success goes
 * to the report's page with its confirmation.
 */
export function useReportForm<Content>({
  contractId,
  reportId,
  initialVersion,
  initialContent,
}: {
  contractId: string;
  reportId: string;
  initialVersion: number;
  initialContent: Content;
}) {
  const errorText = useErrorText("reports.errors");
  const router = useRouter();
  const [content, setContent] = useState(initialContent);
  const [issues, setIssues] = useState<ReportIssue[]>([]);
  const [formState, setFormState] = useState<FormState>({ status: "idle" });
  const [submitting, setSubmitting] = useState(false);
  const version = useRef(initialVersion);
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

  /** The message of the field's issue, if the last submission had one. */
  const err = (field: string) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? errorText(issue.key) : undefined;
  };

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

  return { content, setContent, issues, err, formState, submitting, save, submit };
}

type ReportForm = ReturnType<typeof useReportForm<unknown>>;

/**
 * What both report forms show around their sections: the autosave status, the error summary (its
 * links lead to the fields, named by `labelOf`), optionally a list of the sections, then the sections
 * and the submit button.
 */
export function ReportEditorShell({
  form,
  locale,
  sections,
  sectionTitle,
  labelOf,
  contents,
}: {
  form: Pick<ReportForm, "issues" | "formState" | "submitting" | "save" | "submit">;
  locale: Locale;
  sections: [string, ReactNode][];
  sectionTitle: (key: string) => string;
  labelOf: (field: string) => string;
  /** the name of a list of the sections linking to each (none when not given) */
  contents?: string;
}) {
  const t = useTranslations("reports");
  const { save } = form;
  const labels = Object.fromEntries(form.issues.map((i) => [i.field, labelOf(i.field)]));
  return (
    <div>
      <p role="status" aria-live="polite" className="sticky top-0 z-10 mb-4 bg-white py-2 text-sm font-semibold">
        {save.kind === "saving" && t("editor.saving")}
        {save.kind === "saved" && t("editor.saved", { time: formatDateTime(new Date(save.at), locale) })}
        {save.kind === "error" && <span className="text-accent-600">{t("editor.saveError")}</span>}
        {save.kind === "stale" && <span className="text-accent-600">{t("editor.stale")}</span>}
      </p>
      <ErrorSummary state={form.formState} labels={labels} namespace="reports.errors" />
      {contents && (
        <nav aria-label={contents} className="mb-8">
          <ul className="list-disc pl-6">
            {sections.map(([key]) => (
              <li key={key}>
                <a href={`#section-${key}`} className="text-brand-700 underline">
                  {sectionTitle(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {sections.map(([key, body]) => (
        <section key={key} id={`section-${key}`} aria-labelledby={`h-${key}`} className="mb-10">
          <h2 id={`h-${key}`} className="mb-4 text-2xl font-bold">
            {sectionTitle(key)}
          </h2>
          {body}
        </section>
      ))}
      <p className="mb-4 max-w-2xl">{t("editor.submitHint")}</p>
      <button
        type="button"
        disabled={form.submitting}
        aria-disabled={form.submitting}
        onClick={() => void form.submit()}
        className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
      >
        {t("editor.submit")}
      </button>
    </div>
  );
}
