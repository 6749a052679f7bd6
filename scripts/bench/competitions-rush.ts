/*
 * The deadline rush: representatives of different organizations submit their prepared drafts
 * concurrently in the last seconds before the deadline, and more right after it. Every request goes
 * through POST /api/offers/{id}/submit with the representative's own session cookie.
 */

export interface Submission {
  offerId: string;
  sentAt: number;
  doneAt: number;
  status: number;
  body: { status?: string; alreadySubmitted?: boolean; error?: string };
}

export async function submit(base: string, offerId: string, cookie: string): Promise<Submission> {
  const sentAt = Date.now();
  try {
    const response = await fetch(`${base}/api/offers/${offerId}/submit`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: base },
      body: "{}",
    });
    const body = (await response.json().catch(() => ({}))) as Submission["body"];
    return { offerId, sentAt, doneAt: Date.now(), status: response.status, body };
  } catch (error) {
    return { offerId, sentAt, doneAt: Date.now(), status: 0, body: { error: String(error) } };
  }
}

/** All at once: the requests leave together and are answered as the server manages. */
export function burst(base: string, items: { offerId: string; cookie: string }[]) {
  return Promise.all(items.map((item) => submit(base, item.offerId, item.cookie)));
}

export async function waitUntil(instant: number) {
  while (Date.now() < instant) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, instant - Date.now())));
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

/** The report's lines: acceptance exactly once, refusals after the deadline, no 5xx, throughput and latency. */
export function rushReport(deadline: number, onTime: Submission[], repeats: Submission[], late: Submission[]) {
  const burstAll = [...onTime, ...repeats];
  // Per offer, whichever of its requests wins is the submission; the other one must say "already submitted".
  const firstAccepts = burstAll.filter((s) => s.status === 200 && s.body.alreadySubmitted === false);
  const alreadyAnswers = burstAll.filter((s) => s.status === 200 && s.body.alreadySubmitted === true);
  const acceptedOffers = new Set(firstAccepts.map((s) => s.offerId));
  const lateRefused = late.filter((s) => s.status === 409 && s.body.error === "deadlinePassed");
  const all = [...burstAll, ...late];
  const serverErrors = all.filter((s) => s.status >= 500 || s.status === 0);
  const other = all.length - firstAccepts.length - alreadyAnswers.length - lateRefused.length - serverErrors.length;
  const firstSent = Math.min(...burstAll.map((s) => s.sentAt));
  const lastAnswer = Math.max(...burstAll.map((s) => s.doneAt));
  const span = (lastAnswer - firstSent) / 1000;
  const latencies = burstAll.map((s) => s.doneAt - s.sentAt).sort((a, b) => a - b);
  const ok =
    firstAccepts.length === onTime.length &&
    acceptedOffers.size === onTime.length &&
    alreadyAnswers.length === repeats.length &&
    lateRefused.length === late.length &&
    serverErrors.length === 0 &&
    other === 0;
  return {
    ok,
    lines: [
      `deadline ${new Date(deadline).toISOString()}: ${onTime.length} drafts of ${onTime.length} organizations submitted together ${((deadline - firstSent) / 1000).toFixed(1)} s before it, with ${repeats.length} repeated submissions of the same offers`,
      `accepted before the deadline: ${acceptedOffers.size} of ${onTime.length} offers, each exactly once (${alreadyAnswers.length} repeats answered "already submitted")`,
      `after the deadline: ${lateRefused.length} of ${late.length} refused (409 deadlinePassed)`,
      `5xx or network errors: ${serverErrors.length}; unexpected answers: ${other}`,
      `submission throughput ${(burstAll.length / span).toFixed(0)} req/s (${burstAll.length} in ${span.toFixed(2)} s); latency p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${latencies.at(-1)} ms; last answer ${((deadline - lastAnswer) / 1000).toFixed(1)} s before the deadline`,
      ok ? "rush: PASS" : "rush: FAIL",
    ],
  };
}
