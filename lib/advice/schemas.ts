import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { adviceTopics, slotLengths } from "./rules";

const isoDate = z
  .string("errors.required")
  .min(1, "errors.required")
  .refine((v) => isIsoDate(v), "errors.invalid");
const time = z
  .string("errors.required")
  .min(1, "errors.required")
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "errors.invalid");

const optionalText = (max: number) => z.string().trim().max(max, "errors.tooLong").optional().default("");

export const adviserSchema = z.object({
  name: z.string("errors.required").trim().min(3, "errors.required").max(200, "errors.tooLong"),
  email: z
    .union([z.literal(""), z.email("errors.email")])
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  topics: z.array(z.enum(adviceTopics, "errors.invalid"), "errors.topicsRequired").min(1, "errors.topicsRequired"),
  bio: optionalText(2000),
});

export const publishSlotsSchema = z
  .object({
    adviserId: idSchema,
    from: isoDate,
    to: isoDate,
    weekdays: z.array(z.coerce.number().int().min(1).max(5), "errors.weekdaysRequired").min(1, "errors.weekdaysRequired"),
    start: time,
    end: time,
    minutes: z.coerce
      .number("errors.invalid")
      .int("errors.invalid")
      .refine((v) => (slotLengths as readonly number[]).includes(v), "errors.invalid"),
    place: optionalText(300),
  })
  .refine((s) => s.to >= s.from, { message: "errors.endsBeforeStart", path: ["to"] })
  .refine((s) => s.end > s.start, { message: "errors.endsBeforeStart", path: ["end"] });

export const bookSlotSchema = z.object({
  slotId: idSchema,
  topic: z.enum(adviceTopics, "errors.topicRequired"),
  description: z.string("errors.required").trim().min(10, "errors.descriptionTooShort").max(1000, "errors.tooLong"),
  organizationId: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((v) => v || null),
});

export const bookingIdSchema = z.object({ bookingId: idSchema });

export const staffCancelSchema = z.object({
  bookingId: idSchema,
  reason: z.string("errors.required").trim().min(5, "errors.reasonRequired").max(1000, "errors.tooLong"),
});

export const notesSchema = z.object({
  bookingId: idSchema,
  notes: z.string().trim().max(5000, "errors.tooLong"),
});

export const attendanceSchema = z.object({
  bookingId: idSchema,
  status: z.enum(["attended", "missed"], "errors.invalid"),
});

/** Free slots to withdraw (staff): at least one, each an id. */
export const withdrawSlotsSchema = z.object({
  slotIds: z.array(idSchema, "errors.slotsRequired").min(1, "errors.slotsRequired").max(500, "errors.invalid"),
});

/** An adviser taken off the list (no new slots, none shown) or back on it. */
export const adviserActiveSchema = z.object({
  adviserId: idSchema,
  active: z.enum(["true", "false"], "errors.invalid").transform((v) => v === "true"),
});
