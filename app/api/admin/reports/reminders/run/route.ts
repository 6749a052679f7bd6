import { jsonAnswer, runAnswer, triggerJobs } from "@/lib/jobs/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/reports/reminders/run — runs the `reports.remind` job now (the scheduler runs it
 * daily on its own): reminders about reports before and after their due dates, each once. An
 * administrator ("reports.remind") from our own pages, or `Authorization: Bearer` with
 * JOBS_CRON_TOKEN, REPORTS_CRON_TOKEN or DIGESTS_CRON_TOKEN.
 */
export async function POST(request: Request) {
  const answer = await triggerJobs(request, ["reports.remind"], {
    permission: "reports.remind",
    tokens: ["JOBS_CRON_TOKEN", "REPORTS_CRON_TOKEN", "DIGESTS_CRON_TOKEN"],
  });
  if (!answer.ok) return answer.response;
  const [{ result }] = answer.results;
  if (result.outcome !== "ok") return jsonAnswer(runAnswer(result), result.outcome === "failed" ? 500 : 409);
  return jsonAnswer(result.data);
}
