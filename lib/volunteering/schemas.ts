import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { volunteerAudiences } from "@/lib/db/schema/volunteering";

const text = (min: number, max: number) =>
  z
    .string("errors.required")
    .trim()
    .min(min, min <= 1 ? "errors.required" : "errors.tooShort")
    .max(max, "errors.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "errors.tooLong").optional().default("");
const optionalDate = z
  .union([z.literal(""), z.string().refine((v) => isIsoDate(v), "errors.invalid")])
  .optional()
  .transform((v) => v || null);
const isoDate = z
  .string("errors.required")
  .min(1, "errors.required")
  .refine((v) => isIsoDate(v), "errors.invalid");
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.literal("false"), z.boolean()])
  .optional()
  .transform((v) => v === "on" || v === "true" || v === true);
const positiveInt = (max: number) =>
  z.coerce.number("errors.invalid").int("errors.invalid").min(1, "errors.invalid").max(max, "errors.invalid");

export const offerSchema = z
  .object({
    organizationId: idSchema,
    title: text(5, 200),
    tasks: text(20, 4000),
    areaSlug: z.string("errors.required").min(1, "errors.required"),
    districtSlug: z
      .string()
      .optional()
      .transform((v) => v || null),
    online: checkbox,
    startDate: optionalDate,
    endDate: optionalDate,
    hoursPerWeek: positiveInt(60),
    places: positiveInt(500),
    skills: optionalText(2000),
    audiences: z.array(z.enum(volunteerAudiences, "errors.invalid"), "errors.audiencesRequired").min(1, "errors.audiencesRequired"),
    accessibility: optionalText(2000),
    contactName: text(3, 200),
    contactEmail: z.email("errors.email").transform((v) => v.toLowerCase()),
    contactPhone: optionalText(40),
  })
  .refine((o) => o.online || o.districtSlug, { message: "errors.placeRequired", path: ["districtSlug"] })
  .refine((o) => !o.startDate === !o.endDate, { message: "errors.bothDatesOrNone", path: ["endDate"] })
  .refine((o) => !o.startDate || !o.endDate || o.endDate >= o.startDate, { message: "errors.endsBeforeStart", path: ["endDate"] });

export const offerUpdateSchema = z.object({ offerId: idSchema }).passthrough();

export const offerStatusSchema = z.object({
  offerId: idSchema,
  status: z.enum(["published", "filled", "closed"], "errors.invalid"),
});

export const applySchema = z
  .object({
    offerId: idSchema,
    message: text(10, 2000),
    birthDate: isoDate,
    guardianName: optionalText(200),
    guardianEmail: z
      .union([z.literal(""), z.email("errors.email")])
      .optional()
      .transform((v) => (v ? v.toLowerCase() : "")),
    agreementRequested: checkbox,
  })
  .refine((a) => a.birthDate >= "1900-01-01", { message: "errors.invalid", path: ["birthDate"] });

export const consentSchema = z.object({ token: z.string("errors.invalid").min(20, "errors.invalid").max(2000, "errors.invalid") });

export const applicationIdSchema = z.object({ applicationId: idSchema });

export const decideSchema = z.object({
  applicationId: idSchema,
  decision: z.enum(["accepted", "declined", "on_hold"], "errors.invalid"),
  message: optionalText(2000),
});

export const agreementSchema = z
  .object({
    applicationId: idSchema,
    scope: text(10, 4000),
    place: text(3, 300),
    startDate: isoDate,
    endDate: isoDate,
    hoursPerWeek: positiveInt(60),
    volunteerDuties: text(10, 4000),
    organizationDuties: text(10, 4000),
    risks: text(10, 4000),
    insurance: optionalText(2000),
    reimbursement: text(3, 2000),
    confidentiality: text(3, 2000),
  })
  .refine((a) => a.endDate >= a.startDate, { message: "errors.endsBeforeStart", path: ["endDate"] });

export const hoursSchema = z.object({
  applicationId: idSchema,
  day: isoDate,
  hours: z.string("errors.required").min(1, "errors.required"),
  description: text(3, 500),
});

export const hoursDecisionSchema = z.object({
  hoursId: idSchema,
  decision: z.enum(["approved", "rejected"], "errors.invalid"),
});

export const certificateSchema = z.object({
  applicationId: idSchema,
  opinion: optionalText(4000),
});
