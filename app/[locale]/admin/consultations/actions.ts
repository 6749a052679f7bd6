"use server";

import { revalidateTag } from "next/cache";
import { currentPrincipal } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/auth/permissions";
import { CONSULTATIONS_TAG, consultationTag } from "@/lib/consultations/cache";
import { closeConsultation, createConsultation, publishReport, updateConsultation } from "@/lib/consultations/manage";
import { answerComment, moderateComment } from "@/lib/consultations/moderation";
import { getDb } from "@/lib/db/client";
import { echoValues, type CommandResult, type FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

function inputOf(formData: FormData) {
  return { ...echoValues(formData), forms: formData.getAll("forms").map(String), areas: formData.getAll("areas").map(String) };
}

function fresh(id: string) {
  revalidateTag(consultationTag(id), { expire: 0 });
  revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
}

async function guarded<T>(
  formData: FormData,
  run: () => Promise<CommandResult<T>>,
  onOk: (value: T) => FormState | Promise<FormState>,
): Promise<FormState> {
  const values = echoValues(formData);
  try {
    const result = await run();
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values };
    return onOk(result.value);
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden", values };
    throw error;
  }
}

export async function createConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = (formData.get("locale") === "en" ? "en" : "pl") as Locale;
  let id: string | null = null;
  const state = await guarded(
    formData,
    async () => createConsultation(await getDb(), await currentPrincipal(), inputOf(formData), new Date()),
    (v) => {
      id = v.id;
      fresh(v.id);
      return { status: "success" };
    },
  );
  if (id) redirect({ href: `/admin/consultations/${id}`, locale });
  return state;
}

export async function updateConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("id") ?? "");
  return guarded(
    formData,
    async () => updateConsultation(await getDb(), await currentPrincipal(), id, inputOf(formData), new Date()),
    () => (fresh(id), { status: "success", message: "saved" }),
  );
}

export async function closeConsultationAction(_: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("id") ?? "");
  return guarded(
    formData,
    async () => closeConsultation(await getDb(), await currentPrincipal(), id),
    () => (fresh(id), { status: "success", message: "closed" }),
  );
}

export async function publishReportAction(_: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("consultationId") ?? "");
  return guarded(
    formData,
    async () => publishReport(await getDb(), await currentPrincipal(), echoValues(formData), new Date()),
    () => (fresh(id), { status: "success", message: "published" }),
  );
}

export async function answerCommentAction(_: FormState, formData: FormData): Promise<FormState> {
  return guarded(
    formData,
    async () => answerComment(await getDb(), await currentPrincipal(), echoValues(formData)),
    (v) => (fresh(v.consultationId), { status: "success", message: "answered" }),
  );
}

export async function moderateCommentAction(_: FormState, formData: FormData): Promise<FormState> {
  return guarded(
    formData,
    async () => moderateComment(await getDb(), await currentPrincipal(), echoValues(formData)),
    (v) => (fresh(v.consultationId), { status: "success", message: "decided" }),
  );
}
