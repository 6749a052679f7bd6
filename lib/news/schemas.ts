import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { warsawLocalToDate } from "@/lib/meetings/schemas";
import type { NewsLink } from "@/lib/db/schema/news";
import { announcementKinds, newsTypes } from "./rules";

const list = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))]);

/** Links typed one a line: "label | https://…" (or a path of this site, "/competitions/…") or just the address. */
const links = z
  .string()
  .max(5000, "errors.tooLong")
  .optional()
  .transform((v, ctx): NewsLink[] => {
    const out: NewsLink[] = [];
    for (const line of (v ?? "").split(/\r?\n/)) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      const [first, second] = trimmed.includes("|") ? trimmed.split("|").map((s) => s.trim()) : [trimmed, trimmed];
      const url = second ?? first;
      if (!/^(https?:\/\/|\/(?!\/))[^\s]*$/.test(url) || url.length > 500) {
        ctx.addIssue({ code: "custom", message: "errors.invalidUrl" });
        return [];
      }
      out.push({ label: (first || url).slice(0, 200), url });
    }
    if (out.length > 10) ctx.addIssue({ code: "custom", message: "errors.tooLong" });
    return out;
  });

const content = {
  title: z.string("errors.required").trim().min(3, "errors.required").max(200, "errors.tooLong"),
  lead: z.string().trim().max(600, "errors.tooLong").optional().default(""),
  body: z.string().trim().max(20000, "errors.tooLong").optional().default(""),
  areas: list,
  links,
};

export const newsItemSchema = z.object({
  id: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((v) => v || null),
  ...content,
  type: z.enum(newsTypes, "errors.invalid"),
  publishAt: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const date = warsawLocalToDate(v);
      if (!date) ctx.addIssue({ code: "custom", message: "errors.invalid" });
      return date;
    }),
});

export const idInputSchema = z.object({ id: idSchema });

export const publishSchema = z.object({ id: idSchema, queue: z.enum(["yes", "no"]).optional().default("yes") });

export const queueActionSchema = z.object({
  id: idSchema,
  action: z.enum(["queue", "hold", "release", "up", "down", "remove"], "errors.invalid"),
});

export const settingsSchema = z
  .object({
    hour: z.coerce.number("errors.invalid").int("errors.invalid").min(0, "errors.invalid").max(23, "errors.invalid"),
    minItems: z.coerce.number("errors.invalid").int("errors.invalid").min(1, "errors.invalid").max(20, "errors.invalid"),
    maxItems: z.coerce.number("errors.invalid").int("errors.invalid").min(1, "errors.invalid").max(20, "errors.invalid"),
  })
  .refine((s) => s.maxItems >= s.minItems, { message: "errors.maxBelowMin", path: ["maxItems"] });

export const announcementSchema = z.object({
  id: z
    .union([z.literal(""), idSchema])
    .optional()
    .transform((v) => v || null),
  organizationId: idSchema,
  kind: z.enum(announcementKinds, "errors.invalid"),
  ...content,
});

export const acceptSchema = z.object({ id: idSchema, ...content, type: z.enum(newsTypes, "errors.invalid") });

export const returnSchema = z.object({
  id: idSchema,
  reason: z.string("errors.required").trim().min(5, "errors.required").max(2000, "errors.tooLong"),
});

export const subscribeSchema = z.object({
  email: z.string("errors.required").trim().toLowerCase().max(254, "errors.tooLong").pipe(z.email("errors.email")),
  areas: list,
  types: list,
});

export const preferencesSchema = z.object({ token: z.string().min(1, "errors.notFound").max(2000), areas: list, types: list });
