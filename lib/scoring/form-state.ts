import { ForbiddenError } from "@/lib/auth/permissions";
import { echoValues, type CommandResult, type FormState } from "@/lib/forms/result";

/** Runs a command for a server action: a refusal becomes a FormState, ForbiddenError becomes "forbidden". */
export async function toFormState<T>(
  formData: FormData,
  run: () => Promise<CommandResult<T> & { remaining?: string }>,
  message = "saved",
): Promise<FormState> {
  try {
    const result = await run();
    if (result.ok) return { status: "success", message };
    return {
      status: "error",
      fieldErrors: result.fieldErrors,
      formError: result.formError,
      values: { ...echoValues(formData), ...(result.remaining !== undefined && { remaining: result.remaining }) },
    };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden", values: echoValues(formData) };
    throw error;
  }
}
