import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { ForbiddenError, authorize } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { refreshStatuses } from "@/lib/consultations/manage";
import { CONSULTATIONS_TAG } from "@/lib/consultations/cache";
import { getDb } from "@/lib/db/client";
import { requestOrigin } from "@/lib/http/request";
import { sendDailyDigests } from "@/lib/notifications/digests";

export const dynamic = "force-dynamic";

/** A scheduler presents `Authorization: Bearer $DIGESTS_CRON_TOKEN` (when that variable is set). */
function cronTokenValid(request: Request) {
  const expected = process.env.DIGESTS_CRON_TOKEN?.trim();
  const given = request.headers
    .get("authorization")
    ?.replace(/^Bearer\s+/i, "")
    .trim();
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /api/admin/digests/run — the daily job: stores the consultations' date-driven status
 * changes (mailing followers when one opens), then sends today's digests of replies (see README.md
 * next to this file). An administrator's session ("digests.run") or the cron token; anyone else gets 403.
 */
export async function POST(request: Request) {
  if (!cronTokenValid(request)) {
    try {
      authorize(await currentPrincipal(), "digests.run");
    } catch (error) {
      if (error instanceof ForbiddenError)
        return Response.json({ error: error.reason }, { status: error.reason === "unauthenticated" ? 401 : 403 });
      throw error;
    }
  }
  const db = await getDb();
  const origin = await requestOrigin();
  // Consultations that opened or closed by their dates: stored, and their followers told (once).
  const statusChanges = await refreshStatuses(db, new Date(), { origin });
  if (statusChanges > 0) revalidateTag(CONSULTATIONS_TAG, { expire: 0 });
  const result = await sendDailyDigests(db, new Date(), { origin });
  return Response.json({ ...result, statusChanges }, { headers: { "Cache-Control": "no-store" } });
}
