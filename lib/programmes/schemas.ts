import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { parseMoney } from "@/lib/core/money";
import type { ProgrammeIndicator, ProgrammeSections } from "@/lib/db/schema/programmes";
import { MAX_PROGRAMME_YEARS, programmeKinds, sectionKeys } from "./rules";

/** The types pages show (app/ never imports the database schema). */
export type { ProgrammeIndicator, ProgrammeSections, ProgrammeSectionKey } from "@/lib/db/schema/programmes";

const isoDate = z
  .string("errors.required")
  .trim()
  .min(1, "errors.required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalidDate")
  // zod runs a refinement after a failed check too: "0" must not reach toISOString()
  .refine((d) => {
    const day = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(d);
  }, "errors.invalidDate");

const money = z.string("errors.required").transform((v, ctx) => {
  const grosze = parseMoney(v);
  if (grosze === null) {
    ctx.addIssue({ code: "custom", message: v.trim() === "" ? "errors.required" : "errors.invalidMoney" });
    return z.NEVER;
  }
  return grosze;
});

const year = z.coerce.number("errors.invalid").int("errors.invalid").min(2000, "errors.invalid").max(2100, "errors.invalid");

const optionalId = z
  .union([z.literal(""), idSchema])
  .optional()
  .transform((v) => v || null);

/** Indicators typed one a line: "what is measured | target" (the target may be left out). */
const indicators = z
  .string()
  .max(5000, "errors.tooLong")
  .optional()
  .transform((v, ctx): ProgrammeIndicator[] => {
    const out: ProgrammeIndicator[] = [];
    for (const line of (v ?? "").split(/\r?\n/)) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      const [name, ...rest] = trimmed.split("|").map((s) => s.trim());
      if (!name || name.length > 300) {
        ctx.addIssue({ code: "custom", message: "errors.invalid" });
        return [];
      }
      out.push({ name, target: rest.join(" | ").slice(0, 300) });
    }
    if (out.length > 30) ctx.addIssue({ code: "custom", message: "errors.tooLong" });
    return out;
  });

/** The programme's text: each section a field named after its key. */
const sectionFields = Object.fromEntries(
  sectionKeys.map((k) => [k, z.string().trim().max(20000, "errors.tooLong").optional().default("")]),
) as Record<(typeof sectionKeys)[number], z.ZodDefault<z.ZodOptional<z.ZodString>>>;

export const programmeSchema = z
  .object({
    id: optionalId,
    title: z.string("errors.required").trim().min(5, "errors.required").max(300, "errors.tooLong"),
    kind: z.enum(programmeKinds, "errors.required"),
    yearFrom: year,
    yearTo: z
      .string()
      .optional()
      .transform((v) => (v && v.trim() ? Number(v) : null)),
    planned: money,
    indicators,
    ...sectionFields,
  })
  .transform((v, ctx) => {
    const yearTo = v.kind === "annual" ? v.yearFrom : v.yearTo;
    if (yearTo === null || !Number.isInteger(yearTo) || yearTo < v.yearFrom || yearTo - v.yearFrom + 1 > MAX_PROGRAMME_YEARS) {
      ctx.addIssue({ code: "custom", message: "errors.yearsInvalid", path: ["yearTo"] });
      return z.NEVER;
    }
    if (v.kind === "multi_year" && yearTo === v.yearFrom) {
      ctx.addIssue({ code: "custom", message: "errors.yearsInvalid", path: ["yearTo"] });
      return z.NEVER;
    }
    const sections: ProgrammeSections = {};
    for (const k of sectionKeys) if (v[k]) sections[k] = v[k];
    return {
      id: v.id,
      title: v.title,
      kind: v.kind,
      yearFrom: v.yearFrom,
      yearTo,
      plannedGrosze: v.planned,
      indicators: v.indicators,
      sections,
    };
  });

export const taskSchema = z.object({
  programmeId: idSchema,
  id: optionalId,
  title: z.string("errors.required").trim().min(3, "errors.required").max(500, "errors.tooLong"),
  areaSlug: z.string("errors.required").regex(/^[a-z0-9-]{1,100}$/, "errors.required"),
  planned: money,
});

export const removeTaskSchema = z.object({ programmeId: idSchema, id: idSchema });

export const consultSchema = z.object({
  id: idSchema,
  consultationId: z.union([z.literal(""), idSchema]).transform((v, ctx) => {
    if (!v) {
      ctx.addIssue({ code: "custom", message: "errors.required" });
      return z.NEVER;
    }
    return v;
  }),
});

export const adoptSchema = z.object({
  id: idSchema,
  resolutionNumber: z
    .string("errors.required")
    .trim()
    .min(3, "errors.required")
    .max(100, "errors.tooLong")
    .regex(/^[\p{L}\d./\-\s]+$/u, "errors.resolutionNumber"),
  resolutionDate: isoDate,
});

export const idInputSchema = z.object({ id: idSchema });

export const reportSchema = z.object({ id: idSchema, reportDate: isoDate });

export const linkCompetitionSchema = z.object({ competitionId: idSchema, priorityTaskId: optionalId });

export const linkPoolSchema = z.object({ year, priorityTaskId: optionalId });
