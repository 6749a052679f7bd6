"use server";

import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import { revalidateSmallGrant, runFormCommand } from "@/lib/small-grants/action";
import { saveSmallGrantDraft, submitSmallGrant, withdrawSmallGrant } from "@/lib/small-grants/commands";

export interface AutosaveResult {
  ok: boolean;
  savedAt?: string;
}

/** Autosave of the draft (debounced in the browser); the typed form as it is. */
export async function autosaveSmallGrantAction(smallGrantId: string, values: Record<string, string>): Promise<AutosaveResult> {
  try {
    const result = await saveSmallGrantDraft(await getDb(), await currentPrincipal(), { ...values, smallGrantId });
    return result.ok ? { ok: true, savedAt: result.value.savedAt.toISOString() } : { ok: false };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false };
    throw error;
  }
}

export async function submitSmallGrantAction(_: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runFormCommand(formData, submitSmallGrant, (v) => {
    id = v.id;
    return { status: "success" };
  });
  if (id)
    redirect({
      href: { pathname: `/account/small-grants/${id}`, query: { submitted: "1" } },
      locale: formData.get("locale") === "en" ? "en" : "pl",
    });
  return state;
}

export async function withdrawSmallGrantAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(formData, withdrawSmallGrant, (v) => {
    revalidateSmallGrant(v.id);
    return { status: "success", message: "withdrawn" };
  });
}
