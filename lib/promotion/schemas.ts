import { z } from "zod";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";
import { promotionChannels } from "@/lib/db/schema/patronages";

const isoDate = z
  .string("errors.required")
  .min(1, "errors.required")
  .refine((v) => isIsoDate(v), "errors.invalid");

export const slotSchema = z
  .object({
    channel: z.enum(promotionChannels, "errors.required"),
    title: z.string("errors.required").trim().min(3, "errors.required").max(200, "errors.tooLong"),
    startsOn: isoDate,
    endsOn: isoDate,
    description: z.string().trim().max(2000, "errors.tooLong").optional().default(""),
  })
  .superRefine((d, ctx) => {
    if (d.endsOn < d.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "errors.slotEndBeforeStart" });
  });

export const promotionApplySchema = z.object({
  slotId: idSchema,
  organizationId: z.string("errors.organizationRequired").min(1, "errors.organizationRequired").pipe(idSchema),
  description: z.string("errors.required").trim().min(20, "errors.promotionTextTooShort").max(1500, "errors.tooLong"),
});

export const allocateSchema = z.object({
  slotId: idSchema,
  applicationId: z.string("errors.applicationRequired").min(1, "errors.applicationRequired").pipe(idSchema),
});
