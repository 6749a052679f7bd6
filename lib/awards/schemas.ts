import { z } from "zod";
import { idSchema, optionalIdSchema } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { awardNominatorKinds } from "@/lib/db/schema/awards";
import { parseCriteria, parseLines } from "./rules";

const text = (min: number, max: number) =>
  z
    .string("errors.required")
    .trim()
    .min(min, min <= 1 ? "errors.required" : "errors.tooShort")
    .max(max, "errors.tooLong");
const isoDate = z
  .string("errors.required")
  .min(1, "errors.required")
  .refine((v) => isIsoDate(v), "errors.invalid");
const email = z
  .string("errors.required")
  .trim()
  .toLowerCase()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .pipe(z.email("errors.email"));

export const awardSchema = z.object({
  name: text(3, 200),
  description: z.string().trim().max(4000, "errors.tooLong").optional().default(""),
  nominators: z.array(z.enum(awardNominatorKinds, "errors.invalid"), "errors.nominatorsRequired").min(1, "errors.nominatorsRequired"),
});

export const editionSchema = z
  .object({
    awardId: idSchema,
    year: z.coerce.number("errors.invalid").int("errors.invalid").min(2000, "errors.invalid").max(2100, "errors.invalid"),
    nominationStart: isoDate,
    nominationEnd: isoDate,
    categories: z
      .string("errors.required")
      .transform((v) => parseLines(v))
      .refine((v) => v.length > 0 && v.length <= 20 && v.every((c) => c.length >= 3 && c.length <= 200), "errors.categoriesInvalid"),
    criteria: z
      .string("errors.required")
      .transform((v) => parseCriteria(v))
      .refine((v) => v !== null && v.length <= 20, "errors.criteriaInvalid")
      .transform((v) => v!),
  })
  .refine((e) => e.nominationEnd >= e.nominationStart, { message: "errors.endsBeforeStart", path: ["nominationEnd"] });

export const nominationSchema = z.object({
  editionId: idSchema,
  categoryId: z.string("errors.required").min(1, "errors.required").pipe(idSchema),
  nomineeName: text(3, 200),
  nomineeEmail: email,
  justification: text(50, 5000),
  nominatorKind: z.enum(awardNominatorKinds, "errors.required"),
  organizationId: optionalIdSchema.transform((v) => v ?? null),
  schoolName: z.string().trim().max(300, "errors.tooLong").optional().default(""),
});

export const editionIdSchema = z.object({ editionId: idSchema });
export const nominationIdSchema = z.object({ nominationId: idSchema });
export const jurorSchema = z.object({ editionId: idSchema, email });
export const laureateSchema = z.object({
  nominationId: idSchema,
  laureate: z.enum(["yes", "no"], "errors.invalid"),
});
export const galaSchema = z.object({ editionId: idSchema, place: text(3, 300) });
export const consentSchema = z.object({ token: z.string().min(20).max(2000) });
