"use server";

import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import { saveOfferDraft, submitOffer, withdrawOffer } from "@/lib/offers/commands";
import { addOfferPartner, removeOfferPartner } from "@/lib/offers/partners";

export interface AutosaveResult {
  ok: boolean;
  savedAt?: string;
  error?: string;
}

/** Autosave of the generator: the whole draft at once (debounced in the browser). */
export async function autosaveOfferAction(offerId: string, content: unknown): Promise<AutosaveResult> {
  try {
    const result = await saveOfferDraft(await getDb(), await currentPrincipal(), { offerId, content });
    return result.ok ? { ok: true, savedAt: result.value.savedAt.toISOString() } : { ok: false, error: result.formError ?? "invalid" };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    throw error;
  }
}

export async function submitOfferAction(_: FormState, formData: FormData): Promise<FormState> {
  const offerId = String(formData.get("offerId") ?? "");
  const locale = formData.get("locale") === "en" ? "en" : "pl";
  let result;
  try {
    result = await submitOffer(await getDb(), await currentPrincipal(), { offerId });
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  if (!result.ok) return { status: "error", formError: result.formError ?? "invalid" };
  redirect({ href: `/offers/${offerId}/confirmation`, locale });
  return { status: "success" };
}

export async function withdrawOfferAction(_: FormState, formData: FormData): Promise<FormState> {
  const offerId = String(formData.get("offerId") ?? "");
  try {
    const result = await withdrawOffer(await getDb(), await currentPrincipal(), { offerId });
    if (!result.ok) return { status: "error", formError: result.formError ?? "invalid" };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  return { status: "success", message: "withdrawn" };
}

export async function addPartnerAction(_: FormState, formData: FormData): Promise<FormState> {
  const offerId = String(formData.get("offerId") ?? "");
  const locale = formData.get("locale") === "en" ? "en" : "pl";
  try {
    const result = await addOfferPartner(await getDb(), await currentPrincipal(), { offerId, registry: formData.get("registry") });
    if (!result.ok)
      return {
        status: "error",
        fieldErrors: result.fieldErrors,
        formError: result.formError,
        values: { registry: String(formData.get("registry") ?? "") },
      };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  redirect({ href: `/offers/${offerId}/edit`, locale });
  return { status: "success" };
}

export async function removePartnerAction(_: FormState, formData: FormData): Promise<FormState> {
  const offerId = String(formData.get("offerId") ?? "");
  const locale = formData.get("locale") === "en" ? "en" : "pl";
  try {
    const result = await removeOfferPartner(await getDb(), await currentPrincipal(), {
      offerId,
      organizationId: formData.get("organizationId"),
    });
    if (!result.ok) return { status: "error", formError: result.formError };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  redirect({ href: `/offers/${offerId}/edit`, locale });
  return { status: "success" };
}
