import { z } from "zod";
import {
  answerVerdicts,
  commentReportReasons,
  commentStances,
  consultationAudiences,
  consultationForms,
} from "@/lib/db/schema/consultations";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";

/** The vocabularies of consultations, for pages and forms (app/ never imports the database schema). */
export { answerVerdicts, consultationAudiences, consultationForms, type ConsultationAudience } from "@/lib/db/schema/consultations";

const text = (max: number) => z.string().trim().max(max, "errors.tooLong");
const required = (max: number) => text(max).min(1, "errors.required");
const date = z.string().refine(isIsoDate, "errors.invalidDate");
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

/** "Title | https://…" per line. */
const documents = z
  .string()
  .optional()
  .default("")
  .transform((v, ctx) => {
    const out: { title: string; url: string }[] = [];
    for (const line of v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [title, url] = line.split("|").map((p) => p.trim());
      if (!title || !url || !/^https?:\/\/\S+$/i.test(url)) {
        ctx.addIssue({ code: "custom", message: "errors.invalidDocuments" });
        return z.NEVER;
      }
      out.push({ title, url });
    }
    return out;
  });

export const consultationSchema = z
  .object({
    title: required(300),
    subject: required(5000),
    purpose: required(5000),
    department: required(300),
    territorialScope: required(500),
    audience: z.enum(consultationAudiences, "errors.required"),
    forms: list.pipe(z.array(z.enum(consultationForms)).min(1, "errors.required")),
    startDate: date,
    endDate: date,
    timetable: text(5000).optional().default(""),
    urgencyReason: text(2000).optional().default(""),
    resultsPublication: required(2000),
    documents,
    draftMarkdown: required(100_000),
    tags: z
      .string()
      .optional()
      .default("")
      .transform((v) =>
        [
          ...new Set(
            v
              .split(",")
              .map((t) => t.trim())
              .filter(Boolean),
          ),
        ].slice(0, 20),
      ),
    areas: list.pipe(z.array(z.string().regex(/^[a-z0-9-]{1,80}$/))),
    reportThreshold: z.coerce.number().int("errors.invalid").min(1, "errors.invalid").max(100, "errors.invalid").optional().default(3),
    editWindowMinutes: z.coerce.number().int("errors.invalid").min(0, "errors.invalid").max(1440, "errors.invalid").optional().default(15),
  })
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "errors.endBeforeStart" });

const uuid = idSchema;
const optionalUuid = z
  .union([z.literal(""), uuid])
  .optional()
  .transform((v) => v || null);

export const commentSchema = z.object({
  consultationId: uuid,
  paragraphNumber: z
    .union([z.literal(""), z.coerce.number().int().min(1).max(100_000)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  parentId: optionalUuid,
  organizationId: optionalUuid,
  body: required(5000),
  stance: z
    .union([z.literal(""), z.enum(commentStances)])
    .optional()
    .transform((v) => v || null),
});

export const editCommentSchema = z.object({
  commentId: uuid,
  body: required(5000),
  stance: z
    .union([z.literal(""), z.enum(commentStances)])
    .optional()
    .transform((v) => v || null),
});

export const commentIdSchema = z.object({ commentId: uuid });
export const reportSchema = z.object({ commentId: uuid, reason: z.enum(commentReportReasons, "errors.required") });
export const moderationSchema = z
  .object({
    commentId: uuid,
    decision: z.enum(["hide", "restore", "block"]),
    reason: text(1000).optional().default(""),
  })
  .refine((v) => v.decision === "restore" || v.reason.length > 0, { path: ["reason"], message: "errors.required" });
export const answerSchema = z.object({
  commentId: uuid,
  verdict: z.enum(answerVerdicts, "errors.required"),
  justification: required(5000),
});
export const publishSchema = z.object({ consultationId: uuid, reportSummary: text(10_000).optional().default("") });
