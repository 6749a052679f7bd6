import type { Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import type { CommandResult } from "@/lib/forms/result";
import { postComment } from "./commands";

const fields = ["paragraphNumber", "parentId", "organizationId", "body", "stance"] as const;

/**
 * POST /api/v1/consultations/{id}/comments: a comment as JSON, for scripts (the benchmark) and
 * integrations; the same command as the page's form, so the same authorization and rules. The
 * route helper (lib/http/route.ts) answers 201 with the id; 401 for a visitor, 403 when the
 * permission table refuses, 400 with the field keys for a bad comment or a body that is not an
 * object, 404 for an unknown consultation, 409 when the command refuses (e.g. it is closed).
 */
export async function postCommentFromApi(
  db: Db,
  principal: Principal | null,
  consultationId: string,
  json: unknown,
  now = new Date(),
): Promise<CommandResult<{ id: string; consultationId: string }>> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return { ok: false, fieldErrors: { _form: ["invalid"] } };
  const source = json as Record<string, unknown>;
  const input: Record<string, unknown> = { consultationId };
  for (const key of fields) if (source[key] !== undefined && source[key] !== null) input[key] = String(source[key]);
  const result = await postComment(db, principal, input, now);
  return result.ok ? { ok: true, value: { id: result.value.id, consultationId } } : result;
}
