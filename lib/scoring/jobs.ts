import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { recheckDueCommissions, RECHECK_JOB } from "./impartiality";

/** `commission.recheck` (every minute): once the offer deadline passed, the commission is checked against the final bidders (art. 15 ust. 2b). */
export const recheckCommissionsJob = defineJob(RECHECK_JOB, async ({ db, now }) => {
  const { flagged } = await recheckDueCommissions(db, now);
  return { summary: { flagged } };
});
