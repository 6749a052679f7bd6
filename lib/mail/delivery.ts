import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { mailOutbox } from "@/lib/db/schema";
import { deliverySettings, type DeliverySettings } from "./config";
import { appUrl } from "./links";
import { composeMessage } from "./message";
import { bulkMailKinds, claimMs, describeError, dueSlackMs, isPermanentFailure, maxAttempts, nextAttemptAt } from "./rules";

export interface DeliverySummary {
  sent: number;
  retried: number;
  failed: number;
  /** set when nothing was tried: no SMTP_URL (the outbox page is the mailbox) */
  skipped?: "noSmtp";
}

export interface DeliveryOptions {
  /** the run's clock (tests inject one); the claims move on with real time from it */
  now?: Date;
  settings?: DeliverySettings;
  /** at most this many messages per run */
  limit?: number;
}

/**
 * Sends what is due in the outbox (the `outbox.deliver` job, every minute). Each message is
 * claimed before it is sent (an UPDATE of one row picked with FOR UPDATE SKIP LOCKED), so two
 * runners, in one instance or several, never send the same message; a claim lapses after
 * `claimMs` if its runner dies. A failed try stays queued with `attempts`, `last_error` and the
 * next try; after `maxAttempts` or a permanent refusal (5xx) it is failed, visible on the outbox page.
 * When the server cannot be reached the run stops, leaving the rest for the next one.
 */
export async function deliverOutbox(db: Db, options: DeliveryOptions = {}): Promise<DeliverySummary> {
  const settings = options.settings ?? deliverySettings();
  const summary: DeliverySummary = { sent: 0, retried: 0, failed: 0 };
  if (!settings.smtpUrl) return { ...summary, skipped: "noSmtp" };
  const started = Date.now();
  const origin = options.now ?? new Date();
  const clock = () => new Date(origin.getTime() + (Date.now() - started));
  const owner = randomUUID();
  const host = new URL(appUrl()).hostname;
  const { createTransport } = await import("nodemailer");
  const transport = createTransport({ url: settings.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  try {
    for (let i = 0; i < (options.limit ?? 200); i++) {
      const row = await claimNext(db, clock(), owner);
      if (!row) break;
      try {
        await transport.sendMail(composeMessage(row, { from: settings.from, unsubscribeMailto: settings.unsubscribeMailto, host }));
        await db
          .update(mailOutbox)
          .set({ sentAt: clock(), attempts: sql`${mailOutbox.attempts} + 1`, lastError: null, claimedUntil: null, claimedBy: null })
          .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.claimedBy, owner)));
        summary.sent++;
      } catch (error) {
        const now = clock();
        const attempts = row.attempts + 1;
        const giveUp = isPermanentFailure(error) || attempts >= maxAttempts;
        await db
          .update(mailOutbox)
          .set({
            attempts,
            lastError: describeError(error),
            nextAttemptAt: nextAttemptAt(attempts, now),
            failedAt: giveUp ? now : null,
            claimedUntil: null,
            claimedBy: null,
          })
          .where(and(eq(mailOutbox.id, row.id), eq(mailOutbox.claimedBy, owner)));
        if (giveUp) summary.failed++;
        else summary.retried++;
        // No SMTP answer at all (refused, timed out): the server is down for every message.
        if (typeof (error as { responseCode?: unknown })?.responseCode !== "number") break;
      }
    }
  } finally {
    transport.close();
  }
  return summary;
}

async function claimNext(db: Db, now: Date, owner: string) {
  const free = or(isNull(mailOutbox.claimedUntil), lt(mailOutbox.claimedUntil, now));
  const due = and(
    isNull(mailOutbox.sentAt),
    isNull(mailOutbox.failedAt),
    lte(mailOutbox.nextAttemptAt, new Date(now.getTime() + dueSlackMs)),
    free,
  );
  const next = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(due)
    // bulk mail last (bulkMailKinds): `false` sorts before `true`
    .orderBy(inArray(mailOutbox.kind, [...bulkMailKinds]), asc(mailOutbox.nextAttemptAt), asc(mailOutbox.createdAt))
    .limit(1)
    .for("update", { skipLocked: true });
  // A scalar subquery runs once (an InitPlan); `id IN (… LIMIT 1)` may be re-run per row and claim them all.
  const [row] = await db
    .update(mailOutbox)
    .set({ claimedUntil: new Date(now.getTime() + claimMs), claimedBy: owner })
    .where(and(eq(mailOutbox.id, sql`(${next})`), due))
    .returning();
  return row ?? null;
}
