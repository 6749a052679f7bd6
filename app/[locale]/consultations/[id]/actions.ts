"use server";

import { revalidateConsultation } from "@/lib/consultations/cache";
import { editComment, postComment, reportComment, supportComment } from "@/lib/consultations/commands";
import { formAction, withClock } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/result";

/** A posted comment's state carries its id, so the thread can move focus to it once it is shown. */
export type PostedCommentState = FormState & { postedId?: string };

export const postCommentAction = formAction<Record<string, string>, Awaited<ReturnType<typeof postComment>>, PostedCommentState>(
  withClock(postComment),
  {
    revalidate: (comment) => revalidateConsultation(comment.consultationId),
    state: (comment) => ({ status: "success", message: "posted", postedId: comment.id }),
  },
);
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
