import { ForbiddenError } from "@/lib/auth/permissions";
import type { CommandResult, FormState } from "@/lib/forms/result";

/** Runs a command from a server action: a refusal by the permission table is a form error, not a 500. */
export async function guarded<T>(run: () => Promise<CommandResult<T>>): Promise<CommandResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, formError: "forbidden" };
    throw error;
  }
}

export function refused(
  result: { fieldErrors?: Record<string, string[]>; formError?: string },
  values?: Record<string, string>,
): FormState {
  return {
    status: "error",
    fieldErrors: result.fieldErrors,
    formError: result.formError ?? (result.fieldErrors ? undefined : "invalid"),
    values,
  };
}
