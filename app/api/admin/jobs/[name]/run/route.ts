import { findJob } from "@/lib/jobs/registry";
import { jsonAnswer, runAnswer, triggerJobs } from "@/lib/jobs/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/jobs/{name}/run — runs one background job now: the "Run now" button of
 * /admin/jobs (a form: answered with a redirect back to the page, which shows the outcome), or an
 * outside scheduler with `Authorization: Bearer $JOBS_CRON_TOKEN` (JSON). Administrators only
 * ("jobs.run"), from our own pages.
 */
export async function POST(request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!findJob(name)) return jsonAnswer({ error: "notFound" }, 404);
  const answer = await triggerJobs(request, [name], { permission: "jobs.run", tokens: ["JOBS_CRON_TOKEN"] });
  if (!answer.ok) return answer.response;
  const [{ result }] = answer.results;
  const type = request.headers.get("content-type") ?? "";
  if (/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    const form = await request.formData();
    const prefix = form.get("locale") === "en" ? "/en" : "";
    return new Response(null, {
      status: 303,
      headers: { Location: `${prefix}/admin/jobs?ran=${encodeURIComponent(name)}&outcome=${result.outcome}`, "Cache-Control": "no-store" },
    });
  }
  return jsonAnswer(runAnswer(result), result.outcome === "ok" ? 200 : result.outcome === "failed" ? 500 : 409);
}
