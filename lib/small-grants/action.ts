import "server-only";
import { revalidateTag } from "next/cache";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/open";
import { echoValues, type CommandResult, type FormState } from "@/lib/forms/result";
import { SMALL_GRANTS_TAG, smallGrantTag } from "./cache";

/** After a write that the public pages show. */
export function revalidateSmallGrant(id: string) {
  revalidateTag(smallGrantTag(id), { expire: 0 });
  revalidateTag(SMALL_GRANTS_TAG, { expire: 0 });
}

/**
 * The body of the module's server actions: runs a command with the signed-in principal and the
 * form's values; a refusal (also by the permission table) is a form error, never a 500.
 */
export async function runFormCommand<T>(
  formData: FormData,
  command: (db: Db, principal: Principal | null, values: Record<string, string>) => Promise<CommandResult<T>>,
  onOk: (value: T) => FormState,
): Promise<FormState> {
  const values = echoValues(formData);
  try {
    const result = await command(await getDb(), await currentPrincipal(), values);
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values };
    return onOk(result.value);
  } catch (error) {
    if (error instanceof ForbiddenError)
      return { status: "error", formError: error.reason === "unauthenticated" ? "loginRequired" : "forbidden", values };
    throw error;
  }
}
