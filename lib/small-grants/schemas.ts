import { z } from "zod";
import { smallGrantCharacters } from "@/lib/db/schema/small-grants";

/** The types pages show (app/ never imports the database schema). */
export type { SmallGrantCostLine, SmallGrantStatus } from "@/lib/db/schema/small-grants";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/result";
import { parseMoney } from "@/lib/core/money";
import { smallGrantSettings } from "./settings";
import { idSchema } from "@/lib/core/ids";

const text = (max: number) => z.string().trim().max(max, "errors.tooLong");
const required = (max: number) => text(max).min(1, "errors.required");
const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalidDate")
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "errors.invalidDate",
  );
const money = z.string().transform((v, ctx) => {
  if (v.trim() === "") return 0;
  const grosze = parseMoney(v);
  if (grosze === null) {
    ctx.addIssue({ code: "custom", message: "errors.invalidMoney" });
    return z.NEVER;
  }
  return grosze;
});

const line = z.object({ name: required(300), grant: money, own: money });

/** The simplified offer (Dz.U. 2018 poz. 2055, annex 1) as submitted. */
export const smallGrantSchema = z.object({
  title: required(300),
  areaSlug: z.string().regex(/^[a-z0-9-]{1,80}$/, "errors.required"),
  character: z.enum(smallGrantCharacters, "errors.required"),
  description: required(10_000),
  startDate: date,
  endDate: date,
  expectedResults: required(5000),
  lines: z.array(line).min(1, "errors.noCostLines").max(smallGrantSettings.maxCostLines, "errors.tooManyCostLines"),
});

/** Checks across fields; run on the raw form so they show even when other fields are wrong. */
function crossFieldErrors(v: { startDate: string; endDate: string; lines: { grant: string }[] }): FieldErrors {
  const errors: FieldErrors = {};
  const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d.trim());
  if (isDate(v.startDate) && isDate(v.endDate)) {
    if (v.endDate < v.startDate) errors.endDate = ["endBeforeStart"];
    else if (smallGrantSettings.oneBudgetYear && v.endDate.slice(0, 4) !== v.startDate.slice(0, 4)) errors.endDate = ["taskCrossesYear"];
  }
  const grants = v.lines.map((l) => parseMoney(l.grant.trim() === "" ? "0" : l.grant));
  if (grants.every((g) => g !== null) && grants.reduce((s: number, g) => s + (g ?? 0), 0) <= 0) errors.grantTotal = ["grantRequired"];
  return errors;
}

export type SmallGrantInput = z.infer<typeof smallGrantSchema>;

const draftKey = /^(title|areaSlug|character|description|startDate|endDate|expectedResults|lines\.\d{1,2}\.(name|grant|own))$/;

/** The typed form, as kept in a draft: known keys only, strings only, bounded. */
export function draftOf(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) if (draftKey.test(key) && typeof value === "string") out[key] = value.slice(0, 10_000);
  return out;
}

/** The cost lines of a draft (lines.N.*), in order, without trailing empty ones. */
export function linesOf(draft: Record<string, string>) {
  const lines: { name: string; grant: string; own: string }[] = [];
  for (let i = 0; i < smallGrantSettings.maxCostLines + 1; i++) {
    const l = { name: draft[`lines.${i}.name`] ?? "", grant: draft[`lines.${i}.grant`] ?? "", own: draft[`lines.${i}.own`] ?? "" };
    lines.push(l);
  }
  while (
    lines.length &&
    !lines[lines.length - 1].name.trim() &&
    !lines[lines.length - 1].grant.trim() &&
    !lines[lines.length - 1].own.trim()
  )
    lines.pop();
  return lines;
}

/** Parses a draft for submission: the offer, or every field's error (message keys without "errors."). */
export function parseDraft(
  draft: Record<string, string>,
): { success: true; data: SmallGrantInput } | { success: false; fieldErrors: FieldErrors } {
  const raw = { ...draft, startDate: draft.startDate ?? "", endDate: draft.endDate ?? "", lines: linesOf(draft) };
  const parsed = smallGrantSchema.safeParse(raw);
  const fieldErrors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  for (const [field, keys] of Object.entries(crossFieldErrors(raw))) (fieldErrors[field] ??= []).push(...keys);
  if (fieldErrors.lines) {
    // "no lines": shown at the first line's name, the field a person fills first
    (fieldErrors["lines.0.name"] ??= []).push(...fieldErrors.lines);
    delete fieldErrors.lines;
  }
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { success: true, data: parsed.data };
  return { success: false, fieldErrors };
}

/** Sums of a parsed cost table, in grosze. */
export function sumsOf(lines: { grant: number; own: number }[]) {
  return { grantGrosze: lines.reduce((s, l) => s + l.grant, 0), ownGrosze: lines.reduce((s, l) => s + l.own, 0) };
}

const uuid = idSchema;
export const commentSchema = z.object({ smallGrantId: uuid, body: required(5000) });
export const answerSchema = z.object({ commentId: uuid, answer: required(5000) });
export const refuseSchema = z.object({ smallGrantId: uuid, reason: required(5000) });

export const limitSetSchema = z.object({
  effectiveFrom: date,
  maxGrant: money.pipe(z.number().int().positive("errors.positiveMoney")),
  maxTaskDays: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      if (!/^\d{1,4}$/.test(v) || Number(v) < 1) {
        ctx.addIssue({ code: "custom", message: "errors.invalidDays" });
        return z.NEVER;
      }
      return Number(v);
    }),
  maxYearlyPerOrganization: money.pipe(z.number().int().positive("errors.positiveMoney")),
  maxPoolSharePercent: z
    .string()
    .trim()
    .transform((v, ctx) => {
      // percent with up to two decimals → basis points, no floats
      const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(v);
      const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) : NaN;
      if (!m || bp < 1 || bp > 10000) {
        ctx.addIssue({ code: "custom", message: "errors.invalidPercent" });
        return z.NEVER;
      }
      return bp;
    }),
  legalBasis: text(500).optional().default(""),
});

export const poolSchema = z.object({
  year: z
    .string()
    .trim()
    .regex(/^20\d{2}$/, "errors.invalidYear")
    .transform(Number),
  plannedPool: money.pipe(z.number().int().positive("errors.positiveMoney")),
  source: text(500).optional().default(""),
});
