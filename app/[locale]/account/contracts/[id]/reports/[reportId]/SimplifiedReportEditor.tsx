"use client";

import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { simplifiedDeclarationKeys, type PlannedYearGrant, type SimplifiedReportContent } from "@/lib/reports/simplified";
import { ReportEditorShell, useReportForm } from "./ReportEditorShell";
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
  const form = useReportForm({ contractId, reportId, initialVersion, initialContent });
  const { content, setContent, err } = form;
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
  const setExecution = (key: "results" | "description", v: string) =>
    setContent((c) => ({ ...c, execution: { ...c.execution, [key]: v } }));
  const setFinance = (patch: Partial<Finance>) => setContent((c) => ({ ...c, finance: { ...c.finance, ...patch } }));
  const setGrant = (year: number, v: string) =>
    setContent((c) => ({
      ...c,
      finance: { ...c.finance, grantByYear: c.finance.grantByYear.map((g) => (g.year === year ? { ...g, grant: v } : g)) },
    }));

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
    <ReportEditorShell form={form} locale={locale} sections={sections} sectionTitle={(key) => t(`sections.${key}`)} labelOf={labelOf} />
  );
}
