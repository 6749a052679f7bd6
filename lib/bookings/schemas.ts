import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate, warsawToInstant } from "@/lib/dates/warsaw";

/*
 * The booking's input comes from the form (a Warsaw date and two times, `equipment.<id>` counts)
 * or from the JSON API (`startsAt`/`endsAt` as ISO instants, `equipment` as a list or a map):
 * both are read into one shape here, so the form and the API run the same command.
 */

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/** An instant with an offset ("2026-12-08T09:00:00+01:00", "…Z") or a Warsaw wall-clock time ("2026-12-08T09:00"). */
const LOCAL = /^(\d{4}-\d{2}-\d{2})T((?:[01]\d|2[0-3]):[0-5]\d)$/;

function instantOf(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const local = LOCAL.exec(value);
  if (local) return isIsoDate(local[1]) ? warsawToInstant(local[1], local[2]) : null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function equipmentOf(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const raw = input.equipment;
  if (Array.isArray(raw)) {
    for (const line of raw) {
      if (line && typeof line === "object") {
        const { id, equipmentId, quantity } = line as Record<string, unknown>;
        out[String(id ?? equipmentId)] = quantity;
      }
    }
  } else if (raw && typeof raw === "object") Object.assign(out, raw);
  for (const [key, value] of Object.entries(input)) if (key.startsWith("equipment.")) out[key.slice("equipment.".length)] = value;
  return out;
}

export interface TimeFields {
  /** the field a problem of the start is shown at */
  start: string;
  end: string;
  date: string;
}

/** Reads the time of a booking or a block: the form's date + times, or the API's instants. */
export function readTimes(input: Record<string, unknown>): { startsAt: Date | null; endsAt: Date | null; fields: TimeFields } {
  if (input.date !== undefined || input.startTime !== undefined) {
    const date = typeof input.date === "string" && isIsoDate(input.date) ? input.date : null;
    const start = typeof input.startTime === "string" && TIME.test(input.startTime) ? input.startTime : null;
    const end = typeof input.endTime === "string" && TIME.test(input.endTime) ? input.endTime : null;
    return {
      startsAt: date && start ? warsawToInstant(date, start) : null,
      endsAt: date && end ? warsawToInstant(date, end) : null,
      fields: { start: "startTime", end: "endTime", date: "date" },
    };
  }
  return {
    startsAt: instantOf(input.startsAt),
    endsAt: instantOf(input.endsAt),
    fields: { start: "startsAt", end: "endsAt", date: "startsAt" },
  };
}

const quantity = z.coerce.number("errors.invalid").int("errors.invalid").min(0, "errors.invalid").max(100, "errors.invalid");

export const bookingInputSchema = z
  .object({
    roomId: idSchema,
    /** empty: an informal group of residents (then groupName) */
    organizationId: z
      .union([z.literal(""), z.null(), idSchema])
      .optional()
      .transform((v) => v || null),
    groupName: z
      .string()
      .trim()
      .max(200, "errors.tooLong")
      .optional()
      .transform((v) => v || null),
    purpose: z.string("errors.required").trim().min(3, "errors.required").max(1000, "errors.tooLong"),
    attendees: z.coerce.number("errors.invalid").int("errors.invalid").min(1, "errors.invalid").max(1000, "errors.invalid"),
    equipment: z.record(z.string(), quantity).default({}),
    repeat: z.enum(["none", "weekly", "monthly"], "errors.invalid").optional().default("none"),
    repeatUntil: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        if (!isIsoDate(v)) ctx.addIssue({ code: "custom", message: "errors.invalid" });
        return v;
      }),
  })
  .superRefine((v, ctx) => {
    if (!v.organizationId && !v.groupName) ctx.addIssue({ code: "custom", message: "errors.groupNameRequired", path: ["organizationId"] });
    if (v.repeat !== "none" && !v.repeatUntil)
      ctx.addIssue({ code: "custom", message: "errors.repeatUntilRequired", path: ["repeatUntil"] });
    for (const id of Object.keys(v.equipment))
      if (!/^[0-9a-f-]{36}$/i.test(id)) ctx.addIssue({ code: "custom", message: "errors.notFound", path: ["equipment"] });
  });

export type BookingInput = z.infer<typeof bookingInputSchema>;

/** The raw input with its equipment lines gathered (form fields `equipment.<id>` or the API's list). */
export function bookingInputOf(input: Record<string, unknown>) {
  return bookingInputSchema.safeParse({ ...input, equipment: equipmentOf(input) });
}

export const bookingIdSchema = z.object({ bookingId: idSchema });
export const seriesIdSchema = z.object({ seriesId: idSchema });

export const declineSchema = z.object({
  bookingId: idSchema,
  reason: z.string("errors.reasonRequired").trim().min(3, "errors.reasonRequired").max(1000, "errors.tooLong"),
});

export const blockSchema = z.object({
  roomId: idSchema,
  reason: z.string("errors.required").trim().min(3, "errors.required").max(500, "errors.tooLong"),
});

const flag = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const roomSchema = z.object({
  roomId: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((v) => v || null),
  name: z.string("errors.required").trim().min(2, "errors.required").max(200, "errors.tooLong"),
  capacity: z.coerce.number("errors.invalid").int("errors.invalid").min(1, "errors.invalid").max(1000, "errors.invalid"),
  description: z.string().trim().max(5000, "errors.tooLong").optional().default(""),
  fixedEquipment: z.string().trim().max(2000, "errors.tooLong").optional().default(""),
  rules: z.string().trim().max(5000, "errors.tooLong").optional().default(""),
  stepFree: flag,
  inductionLoop: flag,
  autoConfirm: flag,
  allowsInformalGroups: flag,
  active: flag,
});

export const equipmentSchema = z.object({
  equipmentId: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((v) => v || null),
  name: z.string("errors.required").trim().min(2, "errors.required").max(200, "errors.tooLong"),
  quantity: z.coerce.number("errors.invalid").int("errors.invalid").min(0, "errors.invalid").max(1000, "errors.invalid"),
  description: z.string().trim().max(2000, "errors.tooLong").optional().default(""),
  active: flag,
});
