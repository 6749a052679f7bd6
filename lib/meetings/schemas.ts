import { z } from "zod";
import { isIsoDate, warsawToInstant } from "@/lib/dates/warsaw";
import { meetingKinds } from "./rules";
import { idSchema } from "@/lib/core/ids";

/** "2026-12-03T17:00" from <input type="datetime-local">, read as Warsaw time (across DST). */
export function warsawLocalToDate(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T((?:[01]\d|2[0-3]):[0-5]\d)$/.exec(value);
  return m && isIsoDate(m[1]) ? warsawToInstant(m[1], m[2]) : null;
}

const localDateTime = z
  .string("errors.required")
  .min(1, "errors.required")
  .transform((v, ctx) => {
    const date = warsawLocalToDate(v);
    if (!date) ctx.addIssue({ code: "custom", message: "errors.invalid" });
    return date as Date;
  });

export const meetingInputSchema = z
  .object({
    kind: z.enum(meetingKinds, "errors.invalid"),
    title: z.string("errors.required").trim().min(3, "errors.required").max(200, "errors.tooLong"),
    description: z.string().trim().max(5000, "errors.tooLong").optional().default(""),
    place: z.string("errors.required").trim().min(3, "errors.required").max(300, "errors.tooLong"),
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity: z.coerce.number("errors.invalid").int("errors.invalid").min(1, "errors.capacityMin").max(10000, "errors.invalid"),
    consultationId: z
      .union([z.literal(""), idSchema])
      .optional()
      .transform((v) => v || null),
  })
  .refine((m) => m.endsAt.getTime() > m.startsAt.getTime(), { message: "errors.endsBeforeStart", path: ["endsAt"] });

export const minutesSchema = z.object({
  meetingId: idSchema,
  minutes: z.string("errors.required").trim().min(10, "errors.required").max(50000, "errors.tooLong"),
});

export const meetingIdSchema = z.object({ meetingId: idSchema });
