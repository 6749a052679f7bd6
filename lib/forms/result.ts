import type { ZodError } from "zod";
import type { ErrorKey } from "./errors";

export type { ErrorKey } from "./errors";

/** Field name → the error keys of that field (the first one is shown). */
export type FieldErrors = Record<string, ErrorKey[]>;

/**
 * What a form's server action returns. Messages are keys in the `errors` namespace of the
 * message files (or the module's own error namespace), so the page translates them; `values`
 * gives back what was typed (never a password).
 */
export interface FormState {
  status: "idle" | "error" | "success";
  fieldErrors?: FieldErrors;
  formError?: ErrorKey;
  values?: Record<string, string>;
  /** After a success: the key of the confirmation the form shows (or a value it shows, e.g. a contract number). */
  message?: string;
}

export const idleForm: FormState = { status: "idle" };

/** A command's refusal: a form-level key and/or field keys. */
export interface Refusal {
  ok: false;
  fieldErrors?: FieldErrors;
  formError?: ErrorKey;
}

export type CommandResult<T> = { ok: true; value: T } | Refusal;

/** Zod issues → field error keys: a schema's message "errors.<key>" names the key, anything else is "invalid". */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const key = (issue.message.startsWith("errors.") ? issue.message.slice("errors.".length) : "invalid") as ErrorKey;
    (out[field] ??= []).push(key);
  }
  return out;
}

/**
 * A command's refusal for input that failed its schema: a malformed id (schema message
 * "errors.notFound", see lib/core/ids.ts) is "not found" as a whole, else the field keys.
 */
export function refusalOf(error: ZodError): Refusal {
  if (error.issues.some((issue) => issue.message === "errors.notFound")) return { ok: false, formError: "notFound" };
  return { ok: false, fieldErrors: fieldErrorsOf(error) };
}

/** The typed values of a form, without passwords, to refill the form after a refusal. */
export function echoValues(formData: FormData, omit: string[] = ["password", "passwordConfirm", "currentPassword"]) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
