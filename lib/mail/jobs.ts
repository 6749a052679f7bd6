import "server-only";
import { defineJob } from "@/lib/jobs/types";
import { deliverOutbox } from "./delivery";

/** `outbox.deliver` (every minute): sends what is due in the outbox when SMTP_URL is set. */
export const deliverOutboxJob = defineJob("outbox.deliver", async ({ db, now }) => ({ summary: await deliverOutbox(db, { now }) }));
