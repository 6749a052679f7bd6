"use server";

import { revalidatePath } from "next/cache";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";
import { respondToInvitation } from "@/lib/organizations/membership";

export async function respondToInvitationAction(_: FormState, formData: FormData): Promise<FormState> {
  let result;
  try {
    result = await respondToInvitation(await getDb(), await currentPrincipal(), Object.fromEntries(formData));
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden" };
    throw error;
  }
  if (!result.ok) return { status: "error", formError: result.formError };
  revalidatePath("/[locale]/account/organizations", "page");
  return { status: "success" };
}
