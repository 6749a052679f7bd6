import { and, count, gt, eq, lt, or } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { loginFailures } from "@/lib/db/schema";

/** Defaults: 10 failed log-ins per 15 minutes, counted per e-mail and per IP address. */
export const loginThrottle = {
  maxFailures: Number(process.env.LOGIN_MAX_FAILURES ?? 10),
  windowMs: 15 * 60 * 1000,
};

export async function isLoginThrottled(db: Db, email: string, ip: string, now = new Date()) {
  const since = new Date(now.getTime() - loginThrottle.windowMs);
  const [byEmail] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since)));
  if (byEmail.n >= loginThrottle.maxFailures) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
  return byIp.n >= loginThrottle.maxFailures;
}

export async function recordLoginFailure(db: Db, email: string, ip: string, now = new Date()) {
  await db.insert(loginFailures).values({ email, ip, at: now });
  // Keep the table small: rows older than the window no longer count.
  const expired = new Date(now.getTime() - loginThrottle.windowMs);
  await db.delete(loginFailures).where(and(lt(loginFailures.at, expired), or(eq(loginFailures.email, email), eq(loginFailures.ip, ip))));
}
