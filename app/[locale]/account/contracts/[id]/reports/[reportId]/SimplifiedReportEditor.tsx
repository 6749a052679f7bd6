"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useAutosave } from "@/components/forms/useAutosave";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import type { FieldErrors, FormState } from "@/lib/forms/result";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { useRouter } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ReportIssue } from "@/lib/reports/rules";
import { simplifiedDeclarationKeys, type PlannedYearGrant, type SimplifiedReportContent } from "@/lib/reports/simplified";
import { autosaveReportAction, submitReportAction } from "./actions";
import { CheckField, TextField } from "./ReportFields";

interface Props {
  contractId: string;
  reportId: string;
  locale: Locale;
  initialVersion: number;
  initialContent: SimplifiedReportContent;
  years: PlannedYearGrant[];
  expected: string;
}

type Finance = SimplifiedReportContent["finance"];

/** The simplified report of a small grant (Dz.U. 2018 poz. 2055): autosaved and submitted like the full form. */
export function SimplifiedReportEditor({ contractId, reportId, locale, initialVersion, initialContent, years, expected }: Props) {
  const t = useTranslations("reports.simplified");
  const tr = useTranslations("reports");
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

  const err = (field: string) => {
    const issue = issues.find((i) => i.field === field);
    return issue ? errorText(issue.key) : undefined;
  };
  const grantLabel = (year: number) => (years.length > 1 ? t("f.grantYear", { year }) : t("f.grant"));
  const labelOf = (field: string): string => {
    if (field.startsWith("declarations.")) return t("sections.declarations");
    const grant = /^finance\.grant\.(\d+)$/.exec(field);
    if (grant) return grantLabel(Number(grant[1]));
    const plain: Record<string, string> = {
      "execution.results": t("f.results"),
      "execution.description": t("f.description"),
      "finance.ownFinancial": t("f.ownFinancial"),
      "finance.ownNonFinancial": t("f.ownNonFinancial"),
      "finance.participantFees": t("f.participantFees"),
    };
    return plain[field] ?? "";
  };
  const labels = Object.fromEntries(issues.map((i) => [i.field, labelOf(i.field)]));
  const setExecution = (key: "results" | "description", v: string) =>
    setContent((c) => ({ ...c, execution: { ...c.execution, [key]: v } }));
  const setFinance = (patch: Partial<Finance>) => setContent((c) => ({ ...c, finance: { ...c.finance, ...patch } }));
  const setGrant = (year: number, v: string) =>
    setContent((c) => ({
      ...c,
      finance: { ...c.finance, grantByYear: c.finance.grantByYear.map((g) => (g.year === year ? { ...g, grant: v } : g)) },
    }));

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
    [
      "results",
      <TextField
        key="r"
        id="execution.results"
        label={t("f.results")}
        hint={expected ? t("f.resultsHint", { expected }) : undefined}
        multiline
        value={content.execution.results}
        error={err("execution.results")}
        onChange={(v) => setExecution("results", v)}
      />,
    ],
    [
      "execution",
      <TextField
        key="e"
        id="execution.description"
        label={t("f.description")}
        multiline
        value={content.execution.description}
        error={err("execution.description")}
        onChange={(v) => setExecution("description", v)}
      />,
    ],
    [
      "finance",
      <div key="f">
        {content.finance.grantByYear.map((g) => (
          <TextField
            key={g.year}
            id={`finance.grant.${g.year}`}
            label={grantLabel(g.year)}
            hint={t("f.grantHint", { amount: formatMoney(years.find((y) => y.year === g.year)?.grantGrosze ?? 0, locale) })}
            inputMode="decimal"
            value={g.grant}
            error={err(`finance.grant.${g.year}`)}
            onChange={(v) => setGrant(g.year, v)}
          />
        ))}
        {(["ownFinancial", "ownNonFinancial", "participantFees"] as const).map((key) => (
          <TextField
            key={key}
            id={`finance.${key}`}
            label={t(`f.${key}`)}
            inputMode="decimal"
            value={content.finance[key]}
            error={err(`finance.${key}`)}
            onChange={(v) => setFinance({ [key]: v })}
          />
        ))}
      </div>,
    ],
    [
      "additional",
      <TextField
        key="x"
        id="additional.info"
        label={t("f.additional")}
        multiline
        value={content.additional.info}
        onChange={(v) => setContent((c) => ({ ...c, additional: { info: v } }))}
      />,
    ],
    [
      "declarations",
      <div key="d">
        {simplifiedDeclarationKeys.map((k) => (
          <CheckField
            key={k}
            id={`declarations.${k}`}
            label={tr(`f.decl.${k}`)}
            checked={content.declarations[k]}
            error={err(`declarations.${k}`)}
            onChange={(v) => setContent((c) => ({ ...c, declarations: { ...c.declarations, [k]: v } }))}
          />
        ))}
      </div>,
    ],
  ];

  return (
    <div>
      <p role="status" aria-live="polite" className="sticky top-0 z-10 mb-4 bg-white py-2 text-sm font-semibold">
        {save.kind === "saving" && tr("editor.saving")}
        {save.kind === "saved" && tr("editor.saved", { time: formatDateTime(new Date(save.at), locale) })}
        {save.kind === "error" && <span className="text-accent-600">{tr("editor.saveError")}</span>}
        {save.kind === "stale" && <span className="text-accent-600">{tr("editor.stale")}</span>}
      </p>
      <ErrorSummary state={formState} labels={labels} namespace="reports.errors" />
      {sections.map(([key, body]) => (
        <section key={key} id={`section-${key}`} aria-labelledby={`h-${key}`} className="mb-10">
          <h2 id={`h-${key}`} className="mb-4 text-2xl font-bold">
            {t(`sections.${key}`)}
          </h2>
          {body}
        </section>
      ))}
      <p className="mb-4 max-w-2xl">{tr("editor.submitHint")}</p>
      <button
        type="button"
        disabled={submitting}
        aria-disabled={submitting}
        onClick={() => void submit()}
        className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
      >
        {tr("editor.submit")}
      </button>
    </div>
  );
}
