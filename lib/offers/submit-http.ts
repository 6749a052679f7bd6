import type { Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { submitOffer } from "./commands";

/**
 * POST /api/offers/{id}/submit: the same command as the "Submit" button (offer.submit on the
 * offer's organization, deadline checked on the server, idempotent), for scripts and load tests;
 * the answer's body is `{ status: "submitted", checksum, alreadySubmitted }`. The route helper
 * (lib/http/route.ts) maps refusals: 401/403, 404 unknown offer, 409 late, not a draft or incomplete
 * (with the issues).
 */
export async function submitOfferForApi(db: Db, principal: Principal | null, offerId: string, now = new Date()) {
  const result = await submitOffer(db, principal, { offerId }, now);
  if (!result.ok) return result;
  const { checksum, alreadySubmitted } = result.value;
  return { ok: true, value: { status: "submitted", checksum, alreadySubmitted } } as const;
}
