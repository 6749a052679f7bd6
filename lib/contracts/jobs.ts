import "server-only";
import { warsawDate } from "@/lib/dates/warsaw";
import { defineJob } from "@/lib/jobs/types";
import { revalidateContracts } from "./cache";
import { startDueContracts } from "./commands";

/** `contracts.start` (every five minutes): a signed contract is in progress from its start date (Warsaw). */
export const startDueContractsJob = defineJob("contracts.start", async ({ db, now }) => {
  const started = await startDueContracts(db, warsawDate(now));
  return { summary: { started: started.length }, revalidate: started.length ? revalidateContracts : undefined, data: { started } };
});
