"use server";

import { revalidatePath } from "next/cache";
import { updateUser } from "@/lib/accounts/admin";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/result";

export async function updateUserAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await updateUser(await getDb(), await currentPrincipal(), Object.fromEntries(formData));
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError ?? "invalid" };
  revalidatePath("/[locale]/admin/users", "page");
  return { status: "success", message: "saved" };
}
