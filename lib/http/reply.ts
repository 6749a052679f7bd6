import { ForbiddenError } from "@/lib/auth/permissions";
import type { CommandResult, ErrorKey, Refusal } from "@/lib/forms/result";

/* The status mapping of the JSON routes (lib/http/route.ts), without the request around it. */

export interface HttpReply {
  status: number;
  body: Record<string, unknown>;
}

/** A handler's success: the value is the JSON body. */
export function ok<T>(value: T): CommandResult<T> {
  return { ok: true, value };
}

/** A handler's refusal by key: "notFound" (404), "forbidden" (403), or a conflict (409). */
export function refuse(formError: ErrorKey): Refusal {
  return { ok: false, formError };
}

/** A query parameter or body field that is not acceptable: 400 with its key. */
export function invalid(field: string, key: ErrorKey = "invalid"): Refusal {
  return { ok: false, fieldErrors: { [field]: [key] } };
}

/** `application/json`, optionally with its charset; nothing else (no `text/plain`, no `application/json-patch`). */
export function isJsonContentType(value: string | null): boolean {
  return value !== null && /^application\/json\s*(;\s*charset\s*=\s*"?[\w-]+"?\s*)?$/i.test(value.trim());
}

function statusOfRefusal(refusal: Refusal): number {
  if (refusal.formError === "notFound") return 404;
  if (refusal.formError === "forbidden") return 403;
  if (refusal.formError === "loginRequired") return 401;
  if (refusal.fieldErrors && Object.keys(refusal.fieldErrors).length > 0) return 400;
  return 409;
}

/** The status and JSON body of a handler's outcome (a command's result or a refusal by the permission table). */
export async function replyFor(
  run: () => Promise<CommandResult<unknown> | (Refusal & Record<string, unknown>)>,
  created = false,
): Promise<HttpReply> {
  try {
    const result = await run();
    if (result.ok) return { status: created ? 201 : 200, body: result.value as Record<string, unknown> };
    const { ok: _ok, formError, fieldErrors, ...details } = result;
    void _ok;
    const status = statusOfRefusal(result);
    const error = formError ?? "invalid";
    return { status, body: status === 400 ? { error, fieldErrors, ...details } : { error, ...details } };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: error.reason === "unauthenticated" ? 401 : 403, body: { error: error.reason } };
    throw error;
  }
}
