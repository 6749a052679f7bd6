import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { parsePhotoLinks, patronageRequestTypes, patronageScopes } from "./rules";

const isoDate = z
  .string("errors.required")
  .min(1, "errors.required")
  .refine((v) => isIsoDate(v), "errors.invalid");

const text = (min: number, max: number, short = "errors.required") =>
  z.string("errors.required").trim().min(min, short).max(max, "errors.tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "errors.tooLong").optional().default("");

const count = z
  .string("errors.required")
  .trim()
  .min(1, "errors.required")
  .refine((v) => /^\d{1,7}$/.test(v), "errors.participantsFormat")
  .transform(Number);

export const applicationSchema = z
  .object({
    requestType: z.enum(patronageRequestTypes, "errors.requestTypeRequired"),
    eventName: text(3, 300),
    startsOn: isoDate,
    endsOn: isoDate,
    place: text(3, 300),
    organizer: text(3, 500),
    partners: optionalText(1000),
    scope: z.enum(patronageScopes, "errors.scopeRequired"),
    audience: text(3, 1000),
    expectedParticipants: count,
    commercial: z.enum(["yes", "no"], "errors.commercialRequired").transform((v) => v === "yes"),
    fees: optionalText(1000),
    otherPatrons: optionalText(1000),
    media: optionalText(1000),
    promotionPlan: text(10, 2000, "errors.textTooShort"),
  })
  .superRefine((d, ctx) => {
    if (d.endsOn < d.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "errors.endBeforeStart" });
  });

export type ApplicationInput = z.infer<typeof applicationSchema>;

export const infoRequestSchema = z.object({
  applicationId: idSchema,
  question: text(5, 2000, "errors.questionRequired"),
});

export const answerSchema = z.object({
  applicationId: idSchema,
  answer: text(5, 4000, "errors.answerRequired"),
});

export const decisionSchema = z
  .object({
    applicationId: idSchema,
    decision: z.enum(["grant", "refuse"], "errors.decisionRequired"),
    logoTerms: z.string().trim().max(4000, "errors.tooLong").optional().default(""),
    reason: z.string().trim().max(2000, "errors.tooLong").optional().default(""),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "grant" && d.logoTerms.length < 10)
      ctx.addIssue({ code: "custom", path: ["logoTerms"], message: "errors.logoTermsRequired" });
    if (d.decision === "refuse" && d.reason.length < 5)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.reasonRequired" });
  });

export const reportSchema = z.object({
  applicationId: idSchema,
  participants: count,
  shown: text(10, 4000, "errors.textTooShort"),
  photoLinks: z
    .string()
    .optional()
    .default("")
    .transform((v, ctx) => {
      const links = parsePhotoLinks(v);
      if (!links) ctx.addIssue({ code: "custom", message: "errors.photoLinks" });
      return (links ?? []).join("\n");
    }),
});
