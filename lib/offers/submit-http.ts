import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { submitOffer } from "./commands";

export interface HttpReply {
  status: number;
  body: Record<string, unknown>;
}

/**
 * A cookie-authenticated JSON write must not be reachable from another site's form: only
 * `application/json` bodies (a cross-site page cannot send them without a CORS preflight, which
 * we never grant) and, when the browser sends an Origin, only our own.
 */
export function sameSiteJson(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const refusals: Record<string, number> = { notFound: 404, deadlinePassed: 409, offerNotDraft: 409, offerIncomplete: 422 };

/**
 * POST /api/offers/{id}/submit: the same command as the "Submit" button (offer.submit on the
 * offer's organization, deadline checked on the server, idempotent), for scripts and load tests.
 */
export async function submitOfferHttp(db: Db, principal: Principal | null, offerId: string, now = new Date()): Promise<HttpReply> {
  if (!principal) return { status: 401, body: { error: "unauthenticated" } };
  if (!/^[0-9a-f-]{36}$/i.test(offerId)) return { status: 404, body: { error: "notFound" } };
  try {
    const result = await submitOffer(db, principal, { offerId }, now);
    if (result.ok)
      return {
        status: 200,
        body: { status: "submitted", checksum: result.value.checksum, alreadySubmitted: result.value.alreadySubmitted },
      };
    const error = result.formError ?? "invalid";
    return { status: refusals[error] ?? 400, body: { error, ...(result.issues && { issues: result.issues }) } };
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: 403, body: { error: "forbidden" } };
    throw error;
  }
}
