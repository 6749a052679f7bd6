import { and, count, eq, gt, lt, max, or } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { loginFailures } from "@/lib/db/schema";
import { unknownClient } from "@/lib/http/client-ip";

/**
 * Two limits on failed log-ins, counted in the database so they hold across app instances:
 * - per client address (LOGIN_MAX_FAILURES, default 10 per 15 minutes, over all e-mails): guessing
 *   from one address stops;
 * - per e-mail *and* client (LOGIN_FREE_ATTEMPTS, default 3): after that many failures the next
 *   attempt from that client must wait, 4 s, then twice as long after every further failure, at most
 *   5 minutes. It is never a lock: someone failing from other addresses cannot keep the owner out,
 *   whose own client has its own count.
 */
export const loginThrottle = {
  maxFailuresPerClient: Number(process.env.LOGIN_MAX_FAILURES ?? 10),
  freeAttempts: Number(process.env.LOGIN_FREE_ATTEMPTS ?? 3),
  firstDelayMs: 4000,
  maxDelayMs: 5 * 60_000,
  windowMs: 15 * 60_000,
};

/** The wait after `failures` failures of one e-mail from one client (0 while still free). */
export function loginDelayMs(failures: number) {
  if (failures < loginThrottle.freeAttempts) return 0;
  return Math.min(loginThrottle.firstDelayMs * 2 ** (failures - loginThrottle.freeAttempts), loginThrottle.maxDelayMs);
}

export type LoginRefusal = { reason: "client" } | { reason: "delay"; retryAt: Date };

/** Why a log-in attempt is not even checked now, or null when it may be. */
export async function loginRefusal(db: Db | Tx, email: string, ip: string, now = new Date()): Promise<LoginRefusal | null> {
  const since = new Date(now.getTime() - loginThrottle.windowMs);
  // without a client address every visitor would share one count: then only the delay per e-mail holds
  if (ip !== unknownClient) {
    const [byClient] = await db
      .select({ n: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
    if (byClient.n >= loginThrottle.maxFailuresPerClient) return { reason: "client" };
  }
  const [mine] = await db
    .select({ n: count(), last: max(loginFailures.at) })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
  const delay = loginDelayMs(mine.n);
  if (!delay || !mine.last) return null;
  const retryAt = new Date(new Date(mine.last).getTime() + delay);
  return retryAt > now ? { reason: "delay", retryAt } : null;
}

/**
 * Counts a failure; returns whether it started the delay for this e-mail and client (the owner is
 * told then: lib/auth/mail.ts).
 */
export async function recordLoginFailure(tx: Db | Tx, email: string, ip: string, now = new Date()): Promise<boolean> {
  await tx.insert(loginFailures).values({ email, ip, at: now });
  // Keep the table small: rows older than the window no longer count.
  const expired = new Date(now.getTime() - loginThrottle.windowMs);
  await tx.delete(loginFailures).where(and(lt(loginFailures.at, expired), or(eq(loginFailures.email, email), eq(loginFailures.ip, ip))));
  const [mine] = await tx
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip), gt(loginFailures.at, expired)));
  return mine.n === loginThrottle.freeAttempts;
}
