import { z } from "zod";
import { criterionKinds, fundingForms } from "@/lib/db/schema/competitions";
import { parseMoney } from "@/lib/core/money";
import { isIsoDate } from "@/lib/dates/warsaw";
import { applicableCriteria } from "./rules";

/** Form input of the competition editor (strings from FormData; lists as JSON in hidden fields). */
const money = (required: boolean) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") {
        if (required) ctx.addIssue({ code: "custom", message: "errors.required" });
        return null;
      }
      const g = parseMoney(v);
      if (g === null) ctx.addIssue({ code: "custom", message: "errors.money" });
      return g;
    });
const percentBp = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(v);
    const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) : NaN;
    if (!(bp >= 0 && bp <= 10000)) ctx.addIssue({ code: "custom", message: "errors.percent" });
    return bp;
  });
const isoDate = z.string().trim().refine(isIsoDate, "errors.date");
const optionalDate = z.union([z.literal(""), isoDate]).transform((v) => v || null);
const jsonList = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .default("[]")
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "errors.invalid" });
        return [];
      }
    })
    .pipe(z.array(item).max(50));

/** An HTML checkbox: "on" when ticked, absent when not. */
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.undefined()])
  .catch(undefined)
  .transform((v) => v === "on" || v === "true");

/**
 * A draft may stay incomplete in the elements art. 13 ust. 2 requires (grant rules, task conditions,
 * selection date, earlier tasks): `announcementGaps` (rules.ts) lists what is missing before announcing.
 */
export const competitionInputSchema = z
  .object({
    title: z.string().trim().min(5, "errors.required").max(300, "errors.tooLong"),
    number: z.string().trim().min(3, "errors.required").max(60, "errors.tooLong"),
    areaSlug: z.string().trim().min(1, "errors.required"),
    fundingForm: z.enum(fundingForms, "errors.required"),
    description: z.string().trim().min(1, "errors.required").max(20000, "errors.tooLong"),
    grantRules: z.string().trim().max(20000, "errors.tooLong").default(""),
    taskConditions: z.string().trim().max(20000, "errors.tooLong").default(""),
    budget: money(true),
    minGrant: money(false),
    maxGrant: money(false),
    minOwnFinancial: percentBp,
    minOwnNonFinancial: percentBp,
    maxAdminCost: percentBp,
    taskStartDate: isoDate,
    taskEndDate: isoDate,
    deadlineDate: isoDate,
    deadlineTime: z
      .string()
      .trim()
      .regex(/^\d{2}:\d{2}$/, "errors.time"),
    selectionProcedure: z.string().trim().min(1, "errors.required").max(20000, "errors.tooLong"),
    selectionDate: optionalDate,
    minTotalScore: z.coerce.number("errors.invalid").int("errors.invalid").min(0, "errors.invalid").default(0),
    criteria: jsonList(
      z.object({
        kind: z.enum(criterionKinds).catch("custom"),
        name: z.string().trim().min(1, "errors.criterionName").max(300),
        maxPoints: z.coerce.number().int().min(1, "errors.criterionPoints").max(100, "errors.criterionPoints"),
        supportOnly: z.boolean().catch(false),
      }),
    ).refine((list) => list.length > 0, "errors.criteriaRequired"),
    noPreviousTasks: checkbox,
    reservesCancellation: checkbox,
    previousTasks: jsonList(
      z.object({ year: z.coerce.number().int().min(2000).max(2100), title: z.string().trim().min(1).max(300), amount: z.string() }),
    ),
    documents: jsonList(z.object({ title: z.string().trim().min(1).max(300), url: z.url("errors.url") })),
  })
  .superRefine((v, ctx) => {
    if (v.taskStartDate > v.taskEndDate) ctx.addIssue({ code: "custom", path: ["taskEndDate"], message: "errors.endBeforeStart" });
    if (v.minGrant !== null && v.maxGrant !== null && v.minGrant > v.maxGrant)
      ctx.addIssue({ code: "custom", path: ["maxGrant"], message: "errors.maxBelowMin" });
    if (v.maxGrant !== null && v.budget !== null && v.maxGrant > v.budget)
      ctx.addIssue({ code: "custom", path: ["maxGrant"], message: "errors.maxAboveBudget" });
    if (v.selectionDate && v.selectionDate < v.deadlineDate)
      ctx.addIssue({ code: "custom", path: ["selectionDate"], message: "errors.selectionBeforeDeadline" });
    if (v.noPreviousTasks && v.previousTasks.length > 0)
      ctx.addIssue({ code: "custom", path: ["noPreviousTasks"], message: "errors.noPreviousTasksButListed" });
    // the own-contribution criterion is not scored in an entrustment call: the minimum is checked against what can be scored
    const total = applicableCriteria(v.criteria, v.fundingForm).reduce((s, c) => s + c.maxPoints, 0);
    if (v.minTotalScore > total) ctx.addIssue({ code: "custom", path: ["minTotalScore"], message: "errors.minScoreAboveTotal" });
    v.previousTasks.forEach((p, i) => {
      if (parseMoney(p.amount) === null) ctx.addIssue({ code: "custom", path: ["previousTasks"], message: `errors.money`, params: { i } });
    });
  });

export type CompetitionInput = z.output<typeof competitionInputSchema>;
