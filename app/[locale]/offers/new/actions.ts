"use server";

import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import { createOffer } from "@/lib/offers/commands";

export async function createOfferAction(_: FormState, formData: FormData): Promise<FormState> {
  const locale = formData.get("locale") === "en" ? "en" : "pl";
  let result;
  try {
    result = await createOffer(await getDb(), await currentPrincipal(), Object.fromEntries(formData));
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  if (!result.ok) return { status: "error", formError: result.formError, fieldErrors: result.fieldErrors };
  redirect({ href: `/offers/${result.value.id}/edit`, locale });
  return { status: "success" };
}
