import { jsonAnswer, runAnswer, triggerJobs } from "@/lib/jobs/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/digests/run — runs now what the scheduler runs on its own: the consultations'
 * date-driven status changes (`consultations.status`), then the daily digests (`digests.send`).
 * An administrator ("digests.run") from our own pages, or `Authorization: Bearer` with
 * JOBS_CRON_TOKEN or DIGESTS_CRON_TOKEN. Not needed for the digests to go (see README: jobs).
 */
export async function POST(request: Request) {
  const answer = await triggerJobs(request, ["consultations.status", "digests.send"], {
    permission: "digests.run",
    tokens: ["JOBS_CRON_TOKEN", "DIGESTS_CRON_TOKEN"],
  });
  if (!answer.ok) return answer.response;
  const [status, digests] = answer.results.map((r) => r.result);
  if (digests.outcome !== "ok") return jsonAnswer(runAnswer(digests), digests.outcome === "failed" ? 500 : 409);
  const changed = status.outcome === "ok" ? (status.data?.changed as unknown[]).length : 0;
  return jsonAnswer({ ...digests.data, statusChanges: changed });
}
