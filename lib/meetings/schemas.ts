import { z } from "zod";
import { isIsoDate, warsawToInstant } from "@/lib/dates/warsaw";
import { attendanceValues, meetingKinds } from "./rules";
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
    // the Centre's events: who runs it, the topic, for whom, an online link, the registration deadline
    organizer: z.string().trim().max(300, "errors.tooLong").optional().default(""),
    topicArea: z.string().trim().max(200, "errors.tooLong").optional().default(""),
    audience: z.string().trim().max(500, "errors.tooLong").optional().default(""),
    onlineUrl: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, error: "errors.invalidUrl" }).max(500, "errors.tooLong")])
      .optional()
      .transform((v) => v || null),
    registrationDeadline: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        const date = warsawLocalToDate(v);
        if (!date) ctx.addIssue({ code: "custom", message: "errors.invalid" });
        return date;
      }),
    consultationId: z
      .union([z.literal(""), idSchema])
      .optional()
      .transform((v) => v || null),
  })
  .refine((m) => m.endsAt.getTime() > m.startsAt.getTime(), { message: "errors.endsBeforeStart", path: ["endsAt"] })
  .refine((m) => !m.registrationDeadline || m.registrationDeadline.getTime() <= m.startsAt.getTime(), {
    message: "errors.deadlineAfterStart",
    path: ["registrationDeadline"],
  });

export const minutesSchema = z.object({
  meetingId: idSchema,
  minutes: z.string("errors.required").trim().min(10, "errors.required").max(50000, "errors.tooLong"),
});

export const meetingIdSchema = z.object({ meetingId: idSchema });

/** A registration; on behalf of an organization when its representative chose one ("" or absent: oneself only). */
export const registrationSchema = z.object({
  meetingId: idSchema,
  organizationId: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((v) => v || null),
});

export const attendanceSchema = z.object({
  registrationId: idSchema,
  attendance: z.enum(attendanceValues, "errors.invalid"),
});
