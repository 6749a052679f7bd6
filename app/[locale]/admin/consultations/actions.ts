"use server";

import { revalidateConsultation } from "@/lib/consultations/cache";
import {
  closeConsultation,
  createConsultation,
  publishReport,
  updateConsultation,
  answerComment,
  moderateComment,
} from "@/lib/consultations/commands";
import { formAction, formInput, withClock, type FormValues } from "@/lib/forms/action";

const consultationInput = (formData: FormData) => formInput(formData, ["forms", "areas"]);

export const createConsultationAction = formAction(withClock(createConsultation), {
  input: consultationInput,
  revalidate: (consultation) => revalidateConsultation(consultation.id),
  redirect: (consultation) => `/admin/consultations/${consultation.id}`,
});

export const updateConsultationAction = formAction(
  (db, p, input: Record<string, unknown>, context) => updateConsultation(db, p, String(input.id ?? ""), input, context.now),
  { input: consultationInput, revalidate: (consultation) => revalidateConsultation(consultation.id), notice: "saved" },
);

export const closeConsultationAction = formAction(
  (db, p, input: FormValues, context) => closeConsultation(db, p, String(input.id ?? ""), context.now),
  {
    revalidate: (_, input) => revalidateConsultation(String(input.id)),
    notice: "closed",
  },
);

export const publishReportAction = formAction(withClock(publishReport), {
  revalidate: (_, input) => revalidateConsultation(String(input.consultationId)),
  notice: "published",
});

export const answerCommentAction = formAction(withClock(answerComment), {
  revalidate: (comment) => revalidateConsultation(comment.consultationId),
  notice: "answered",
});

export const moderateCommentAction = formAction(withClock(moderateComment), {
  revalidate: (comment) => revalidateConsultation(comment.consultationId),
  notice: "decided",
});
