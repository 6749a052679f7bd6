"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Locale } from "@/lib/i18n/routing";
import type { ReportContent } from "@/lib/reports/content";
import { reportSums, type PlannedLine, type PlannedSources } from "@/lib/reports/rules";
import {
  ActivitiesSection,
  AttachmentsSection,
  CostsSection,
  DeclarationsSection,
  PeopleSection,
  ResultsSection,
  SourcesSection,
} from "./EditorSections";
import { ReportEditorShell, useReportForm } from "./ReportEditorShell";
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

/** The report form (annex 5 of Dz.U. 2018 poz. 2057): autosaved, then submitted (ReportEditorShell). */
export function ReportEditor({ contractId, reportId, locale, initialVersion, initialContent, lines, sources }: Props) {
  const t = useTranslations("reports");
  const form = useReportForm({ contractId, reportId, initialVersion, initialContent });
  const { content, setContent, err } = form;
  const sums = useMemo(() => reportSums(content, lines, sources), [content, lines, sources]);
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
    <ReportEditorShell
      form={form}
      locale={locale}
      sections={sections}
      sectionTitle={(key) => t(`sections.${key}`)}
      labelOf={labelOf}
      contents={t("editor.lead")}
    />
  );
}
