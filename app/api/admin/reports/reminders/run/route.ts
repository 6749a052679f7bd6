import { timingSafeEqual } from "node:crypto";
import { ForbiddenError, authorize } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { requestOrigin } from "@/lib/http/request";
import { sendReportReminders } from "@/lib/reports/reminders";

export const dynamic = "force-dynamic";

/** A scheduler presents `Authorization: Bearer $REPORTS_CRON_TOKEN` (or the digests' token). */
function cronTokenValid(request: Request) {
  const expected = (process.env.REPORTS_CRON_TOKEN ?? process.env.DIGESTS_CRON_TOKEN)?.trim();
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
 * POST /api/admin/reports/reminders/run — mails the reminders due today about reports before and
 * after their due dates (each once; run it daily). An administrator ("reports.remind") or the cron token.
 */
export async function POST(request: Request) {
  if (!cronTokenValid(request)) {
    try {
      authorize(await currentPrincipal(), "reports.remind");
    } catch (error) {
      if (error instanceof ForbiddenError)
        return Response.json({ error: error.reason }, { status: error.reason === "unauthenticated" ? 401 : 403 });
      throw error;
    }
  }
  const result = await sendReportReminders(await getDb(), new Date(), { origin: await requestOrigin() });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
