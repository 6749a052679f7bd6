"use server";

import { revalidateTag } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/auth/permissions";
import { CONSULTATIONS_TAG, consultationTag } from "@/lib/consultations/cache";
import { editComment, postComment, reportComment, supportComment } from "@/lib/consultations/comments";
import { getDb } from "@/lib/db/client";
import { echoValues, type CommandResult, type FormState } from "@/lib/forms/result";

type Command = (
  db: Awaited<ReturnType<typeof getDb>>,
  principal: Awaited<ReturnType<typeof currentPrincipal>>,
  input: Record<string, unknown>,
) => Promise<CommandResult<{ consultationId: string }>>;

/** Runs a comment command; a refusal by the permission table is an answer, never a 500. */
async function run(command: Command, formData: FormData, message: string): Promise<FormState> {
  const values = echoValues(formData);
  try {
    const result = await command(await getDb(), await currentPrincipal(), values);
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values };
    revalidateTag(consultationTag(result.value.consultationId), { expire: 0 });
    revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
    return { status: "success", message };
  } catch (error) {
    if (error instanceof ForbiddenError)
      return { status: "error", formError: error.reason === "unauthenticated" ? "loginRequired" : "forbidden", values };
    throw error;
  }
}

export async function postCommentAction(_: FormState, formData: FormData) {
  return run((db, p, input) => postComment(db, p, input), formData, "posted");
}

export async function editCommentAction(_: FormState, formData: FormData) {
  return run((db, p, input) => editComment(db, p, input), formData, "saved");
}

export async function supportCommentAction(_: FormState, formData: FormData) {
  return run((db, p, input) => supportComment(db, p, input), formData, "supported");
}

export async function reportCommentAction(_: FormState, formData: FormData) {
  return run((db, p, input) => reportComment(db, p, input), formData, "reported");
}
