import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { revalidateCompetitions } from "./cache";
import { closeDueCompetitions } from "./commands";

/** `competitions.close` (every minute): an announced competition's offers close at its deadline. */
export const closeDueCompetitionsJob = defineJob("competitions.close", async ({ db, now }) => {
  const closed = await closeDueCompetitions(db, now);
  return { summary: { offersClosed: closed.length }, revalidate: closed.length ? revalidateCompetitions : undefined, data: { closed } };
});
