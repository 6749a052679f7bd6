import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { postComment } from "./comments";

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

const fields = ["paragraphNumber", "parentId", "organizationId", "body", "stance"] as const;

/**
 * POST /api/v1/consultations/{id}/comments: a comment as JSON, for scripts (the benchmark) and
 * integrations; the same command as the page's form, so the same authorization and rules.
 * 201 with the id; 401 for a visitor, 403 when the permission table refuses, 422 with error keys
 * when the command refuses (e.g. the consultation is closed), 400 for a body that is not an object.
 */
export async function postCommentFromApi(
  db: Db,
  principal: Principal | null,
  consultationId: string,
  json: unknown,
  now = new Date(),
): Promise<ApiAnswer> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return { status: 400, body: { error: "invalidBody" } };
  const source = json as Record<string, unknown>;
  const input: Record<string, unknown> = { consultationId };
  for (const key of fields) if (source[key] !== undefined && source[key] !== null) input[key] = String(source[key]);
  try {
    const result = await postComment(db, principal, input, now);
    if (!result.ok)
      return {
        status: result.formError === "notFound" ? 404 : 422,
        body: { error: result.formError ?? "invalid", fieldErrors: result.fieldErrors ?? {} },
      };
    return { status: 201, body: { id: result.value.id, consultationId } };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: error.reason === "unauthenticated" ? 401 : 403, body: { error: error.reason } };
    throw error;
  }
}
