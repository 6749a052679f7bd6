import { z } from "zod";
import { meetingKinds } from "./rules";
import { idSchema } from "@/lib/core/ids";

/** "2026-12-03T17:00" from <input type="datetime-local">, read as Warsaw time. */
export function warsawLocalToDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // The offset of Warsaw at that moment (CET +1 or CEST +2); checked twice around DST changes.
  const offsetAt = (ms: number) => {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Warsaw",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - ms;
  };
  let ms = guess - offsetAt(guess);
  ms = guess - offsetAt(ms);
  return new Date(ms);
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
