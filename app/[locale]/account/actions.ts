"use server";

import { changePassword } from "@/lib/accounts/commands";
import { currentPrincipal } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { echoValues, type FormState } from "@/lib/forms/result";

export async function changePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const principal = await currentPrincipal();
  authorize(principal, "account.update", { userId: principal?.userId });
  const result = await changePassword(await getDb(), principal.userId, Object.fromEntries(formData));
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
  return { status: "success" };
}
