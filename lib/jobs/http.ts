import "server-only";
import { actorOf } from "@/lib/audit/record";
import { ForbiddenError, authorize, type Operation } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { cronTokenValid } from "@/lib/http/cron";
import { sameOriginFormWrite } from "@/lib/http/origin";
import { runJob, type RunOutcome } from "./runner";

export interface TriggerPolicy {
  /** the permission an administrator needs (with the session cookie, from our own pages) */
  permission: Operation;
  /** environment variables holding bearer tokens an outside scheduler may present */
  tokens: readonly string[];
}

export type TriggerAnswer = { ok: true; results: { name: string; result: RunOutcome }[] } | { ok: false; response: Response };

const noStore = { "Cache-Control": "no-store" };

/**
 * The manual trigger of jobs over HTTP (not needed: the scheduler runs them). Allowed with a bearer
 * token of `policy.tokens`, or to a signed-in person with `policy.permission` posting from our own
 * pages (a foreign Origin is refused). Runs the jobs one after the other, each claimed like a
 * scheduled run, and refreshes the public pages they changed. A form body must prove its origin
 * (sameOriginFormWrite): another site's form with an administrator's cookie runs nothing.
 */
export async function triggerJobs(request: Request, names: readonly string[], policy: TriggerPolicy): Promise<TriggerAnswer> {
  let actor = null;
  if (!cronTokenValid(request, policy.tokens)) {
    const principal = await currentPrincipal();
    try {
      authorize(principal, policy.permission);
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      const status = error.reason === "unauthenticated" ? 401 : 403;
      return { ok: false, response: Response.json({ error: error.reason }, { status, headers: noStore }) };
    }
    if (!sameOriginFormWrite(request))
      return { ok: false, response: Response.json({ error: "forbidden" }, { status: 403, headers: noStore }) };
    actor = actorOf(principal);
  }
  const db = await getDb();
  const results: { name: string; result: RunOutcome }[] = [];
  for (const name of names) {
    const result = await runJob(db, name, { trigger: actor ? "manual" : "http", actor });
    if (result.outcome === "ok") result.revalidate?.();
    results.push({ name, result });
  }
  return { ok: true, results };
}

/** The JSON answer for one run: its outcome, summary and details. */
export function runAnswer(result: RunOutcome) {
  if (result.outcome !== "ok")
    return { outcome: result.outcome, ...(result.outcome === "failed" && { error: result.error.split("\n")[0] }) };
  return { outcome: result.outcome, summary: result.summary, ...result.data };
}

export function jsonAnswer(body: unknown, status = 200) {
  return Response.json(body, { status, headers: noStore });
}
