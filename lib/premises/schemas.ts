import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { parseArea, premisesConditions, zlotyToGrosze } from "./rules";

const isoDate = z
  .string("errors.required")
  .min(1, "errors.required")
  .refine((v) => isIsoDate(v), "errors.invalid");

const money = z
  .string("errors.required")
  .min(1, "errors.required")
  .transform((v, ctx) => {
    const grosze = zlotyToGrosze(v);
    if (grosze === null) ctx.addIssue({ code: "custom", message: "errors.amountFormat" });
    return grosze as number;
  });

export const premisesSchema = z.object({
  address: z.string("errors.required").trim().min(5, "errors.required").max(300, "errors.tooLong"),
  districtSlug: z.string("errors.required").min(1, "errors.required").max(100, "errors.invalid"),
  areaM2: z
    .string("errors.required")
    .min(1, "errors.required")
    .transform((v, ctx) => {
      const area = parseArea(v);
      if (!area) ctx.addIssue({ code: "custom", message: "errors.areaFormat" });
      return area as string;
    }),
  condition: z.enum(premisesConditions, "errors.invalid"),
  rentPerM2: money,
  description: z.string().trim().max(5000, "errors.tooLong").optional().default(""),
  availableFrom: z
    .union([z.literal(""), isoDate])
    .optional()
    .transform((v) => v || null),
});

export const applySchema = z.object({
  premisesId: idSchema,
  organizationId: z.string("errors.required").min(1, "errors.organizationRequired").pipe(idSchema),
  purpose: z.string("errors.required").trim().min(20, "errors.textTooShort").max(2000, "errors.tooLong"),
  activities: z.string("errors.required").trim().min(20, "errors.textTooShort").max(3000, "errors.tooLong"),
  hoursOfUse: z.string("errors.required").trim().min(3, "errors.required").max(500, "errors.tooLong"),
  partners: z.string().trim().max(1000, "errors.tooLong").optional().default(""),
});

export const decisionSchema = z
  .object({
    applicationId: idSchema,
    decision: z.enum(["grant", "refuse"], "errors.decisionRequired"),
    rentPerM2: z.string().optional().default(""),
    termStart: z.string().optional().default(""),
    termEnd: z.string().optional().default(""),
    reason: z.string().trim().max(2000, "errors.tooLong").optional().default(""),
  })
  .transform((d, ctx) => {
    if (d.decision === "refuse") {
      if (d.reason.length < 5) ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.reasonRequired" });
      return { applicationId: d.applicationId, decision: "refuse" as const, reason: d.reason };
    }
    const rent = zlotyToGrosze(d.rentPerM2);
    if (!d.rentPerM2) ctx.addIssue({ code: "custom", path: ["rentPerM2"], message: "errors.required" });
    else if (rent === null) ctx.addIssue({ code: "custom", path: ["rentPerM2"], message: "errors.amountFormat" });
    if (!isIsoDate(d.termStart))
      ctx.addIssue({ code: "custom", path: ["termStart"], message: d.termStart ? "errors.invalid" : "errors.required" });
    if (!isIsoDate(d.termEnd))
      ctx.addIssue({ code: "custom", path: ["termEnd"], message: d.termEnd ? "errors.invalid" : "errors.required" });
    else if (isIsoDate(d.termStart) && d.termEnd <= d.termStart)
      ctx.addIssue({ code: "custom", path: ["termEnd"], message: "errors.termEndBeforeStart" });
    return { applicationId: d.applicationId, decision: "grant" as const, rentPerM2: rent ?? 0, termStart: d.termStart, termEnd: d.termEnd };
  });

/** Premises taken off the offer (withdrawn) or offered again. */
export const offerSchema = z.object({
  premisesId: idSchema,
  offered: z.enum(["true", "false"], "errors.invalid").transform((v) => v === "true"),
});
