import { z } from "zod";

/**
 * The content of a report, in the order of the official report form (annex 5 of Dz.U. 2018
 * poz. 2057): I. results and activities (narrative), II. spending per cost line and per source,
 * III. additional information, people and volunteers, attachments, declarations. Drafts keep what
 * people typed (strings); sums and checks are in ./rules.ts.
 */
const text = (max = 4000) => z.string().max(max, "errors.tooLong").catch("");
const list = <T extends z.ZodType>(item: T, max = 60) => z.array(item).max(max).catch([]);

/** III. additional information, the same on the full and the simplified form. */
export const additionalSchema = z.object({ info: text() }).catch({ info: "" });

/** The declarations closing the full and the simplified report form (the same four on both). */
export const declarationsSchema = z
  .object({
    statusUnchanged: z.boolean().catch(false),
    truth: z.boolean().catch(false),
    procurement: z.boolean().catch(false),
    data: z.boolean().catch(false),
  })
  .catch({ statusUnchanged: false, truth: false, procurement: false, data: false });

export const reportContentSchema = z.object({
  results: z
    .object({
      narrative: text(),
      items: list(z.object({ name: text(300), target: text(100), achieved: text(100), comment: text(1000) })),
    })
    .catch({ narrative: "", items: [] }),
  activities: z
    .object({
      items: list(z.object({ name: text(300), planned: text(40), done: text(2000), deviations: text(2000) })),
      inKind: text(),
    })
    .catch({ items: [], inKind: "" }),
  costs: z.object({ lines: list(z.object({ lineId: text(60), actualTotal: text(20), actualGrant: text(20) }), 300) }).catch({ lines: [] }),
  sources: z
    .object({
      ownFinancial: text(20),
      ownNonFinancial: text(20),
      participantFees: text(20),
      otherRevenue: text(2000),
      feesInfo: text(2000),
    })
    .catch({ ownFinancial: "", ownNonFinancial: "", participantFees: "", otherRevenue: "", feesInfo: "" }),
  people: z
    .object({ staff: text(), volunteers: text(10), volunteerHours: text(10), volunteerWork: text() })
    .catch({ staff: "", volunteers: "", volunteerHours: "", volunteerWork: "" }),
  additional: additionalSchema,
  attachments: list(z.object({ title: text(300), url: text(1000) }), 20),
  declarations: declarationsSchema,
});
export type ReportContent = z.infer<typeof reportContentSchema>;

export const reportDeclarationKeys = ["statusUnchanged", "truth", "procurement", "data"] as const;
export const reportSectionKeys = [
  "results",
  "activities",
  "costs",
  "sources",
  "people",
  "additional",
  "attachments",
  "declarations",
] as const;
export type ReportSectionKey = (typeof reportSectionKeys)[number];

/**
 * A complete, valid content object from anything (missing parts become empty). Cloned, because
 * zod's `.catch` fallbacks are shared objects that a caller must never mutate.
 */
export function normalizeReportContent(input: unknown): ReportContent {
  return structuredClone(reportContentSchema.parse(typeof input === "object" && input !== null ? input : {}));
}

export interface PrefillSource {
  kind: "partial" | "final";
  year: number;
  schedule: { name: string; startDate: string; endDate: string; year: number }[];
  /** Expected results with target values (offer section III), when the contract comes from an offer. */
  targets: { name: string; target: string }[];
  /** The cost lines the report covers (a partial report: its year; the final report: all years). */
  lineIds: string[];
  /** Actual spending already accepted in partial reports, per line id (the final report starts from it). */
  earlierActuals?: Map<string, { actualTotal: string; actualGrant: string }>;
}

/** The first draft of a report: the schedule, the offer's targets and the cost lines, actuals empty. */
export function prefillReport(source: PrefillSource): ReportContent {
  const content = normalizeReportContent({});
  const actions = source.kind === "partial" ? source.schedule.filter((s) => s.year === source.year) : source.schedule;
  content.activities.items = actions.map((a) => ({ name: a.name, planned: `${a.startDate} – ${a.endDate}`, done: "", deviations: "" }));
  content.results.items = source.targets.map((t) => ({ name: t.name, target: t.target, achieved: "", comment: "" }));
  content.costs.lines = source.lineIds.map((lineId) => ({
    lineId,
    actualTotal: "",
    actualGrant: "",
    ...source.earlierActuals?.get(lineId),
  }));
  return content;
}
