/*
 * The server dies during the rush: 500 representatives submit at once, the server process group is
 * killed (SIGKILL, no shutdown) once a fifth of them were answered, and started again. Every
 * representative then submits once more, as anyone without an answer would. What must hold: every
 * submission that was answered "submitted" before the kill is still submitted (the answer came
 * after the commit), the rest are accepted now, no offer is submitted or audited twice, and the
 * database (PGlite: the same data directory, recovering from its write-ahead log) opens cleanly.
 */
import { burst, submit, type Submission } from "./competitions-rush";
import type { BenchServer } from "./types";

export interface CrashOutcome {
  ok: boolean;
  lines: string[];
}

const accepted = (s: Submission) => s.status === 200 && s.body.alreadySubmitted === false;

export async function crashDuringRush(
  base: string,
  server: BenchServer,
  items: { offerId: string; cookie: string }[],
): Promise<CrashOutcome> {
  const killAfter = Math.ceil(items.length / 5);
  let answered = 0;
  let killedAt = 0;
  let killing: Promise<void> | null = null;
  const sentAt = Date.now();
  const before = await Promise.all(
    items.map(async (item) => {
      const result = await submit(base, item.offerId, item.cookie);
      if (accepted(result) && ++answered === killAfter) {
        killedAt = Date.now();
        killing = server.kill();
      }
      return result;
    }),
  );
  await (killing ?? server.kill());
  const restartStarted = Date.now();
  await server.start();
  const restartSeconds = (Date.now() - restartStarted) / 1000;

  const acceptedBefore = before.filter(accepted);
  const unanswered = before.filter((s) => s.status === 0);
  const otherBefore = before.filter((s) => !accepted(s) && s.status !== 0);
  // a 200 whose body the kill cut off has no `alreadySubmitted`: the commit happened, the answer was lost
  const describe = (s: Submission) => (s.status === 200 ? "200 with the body cut off" : `${s.status} ${s.body.error ?? ""}`.trim());
  const otherStatuses = [...new Set(otherBefore.map(describe))].join(", ");
  const after = await burst(base, items);
  const byOffer = new Map(after.map((s) => [s.offerId, s]));
  const confirmed = acceptedBefore.filter(
    (s) => byOffer.get(s.offerId)?.status === 200 && byOffer.get(s.offerId)?.body.alreadySubmitted === true,
  );
  const acceptedNow = after.filter(accepted);
  const wereCommitted = after.filter((s) => s.status === 200 && s.body.alreadySubmitted === true).length - confirmed.length;
  const serverErrors = after.filter((s) => s.status >= 500 || s.status === 0).length;
  const ok =
    acceptedBefore.length >= killAfter &&
    confirmed.length === acceptedBefore.length &&
    acceptedNow.length + confirmed.length + wereCommitted === items.length &&
    acceptedNow.every((s) => !acceptedBefore.some((b) => b.offerId === s.offerId)) &&
    serverErrors === 0;
  return {
    ok,
    lines: [
      `${items.length} drafts submitted together; the server was killed (SIGKILL) ${((killedAt - sentAt) / 1000).toFixed(1)} s in, after ${acceptedBefore.length} answers "submitted"; ${unanswered.length} requests got no answer, ${otherBefore.length} another answer${otherStatuses ? ` (${otherStatuses})` : ""}`,
      `restart on the same database: healthy after ${restartSeconds.toFixed(1)} s (migrations checked, the scheduler up)`,
      `after the restart every representative submitted again: ${confirmed.length} of the ${acceptedBefore.length} answered before the kill were already submitted, ${acceptedNow.length} accepted now, ${wereCommitted} committed before the kill without their answer reaching the client; 5xx or network errors: ${serverErrors}`,
      ok ? "crash: PASS" : "crash: FAIL",
    ],
  };
}
