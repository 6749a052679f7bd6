import type { ZodError } from "zod";

/**
 * What a form's server action returns. Messages are keys in the `errors` namespace of the
 * message files, so the page translates them; `values` gives back what was typed.
 */
export interface FormState {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  values?: Record<string, string>;
  message?: string;
}

export const idleForm: FormState = { status: "idle" };

export type CommandResult<T> = { ok: true; value: T } | { ok: false; fieldErrors?: Record<string, string[]>; formError?: string };

export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const key = issue.message.startsWith("errors.") ? issue.message.slice("errors.".length) : "invalid";
    (out[field] ??= []).push(key);
  }
  return out;
}

/** The typed values of a form, without passwords, to refill the form after a refusal. */
export function echoValues(formData: FormData, omit: string[] = ["password", "passwordConfirm", "currentPassword"]) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
