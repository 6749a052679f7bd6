"use server";

import { revalidateConsultation } from "@/lib/consultations/cache";
import { editComment, postComment, reportComment, supportComment } from "@/lib/consultations/commands";
import { formAction, withClock } from "@/lib/forms/action";

export const postCommentAction = formAction(withClock(postComment), {
  revalidate: (comment) => revalidateConsultation(comment.consultationId),
  notice: "posted",
});
export const editCommentAction = formAction(withClock(editComment), {
  revalidate: (comment) => revalidateConsultation(comment.consultationId),
  notice: "saved",
});
export const supportCommentAction = formAction(withClock(supportComment), {
  revalidate: (comment) => revalidateConsultation(comment.consultationId),
  notice: "supported",
});
export const reportCommentAction = formAction(withClock(reportComment), {
  revalidate: (comment) => revalidateConsultation(comment.consultationId),
  notice: "reported",
});
