import { and, count, eq, gt, lt, or } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { passwordResetRequests } from "@/lib/db/schema";
import { unknownClient } from "@/lib/http/client-ip";

/**
 * Defaults: 3 mails per e-mail and 10 per client address per hour, for each kind of mailed link on
 * its own (password reset, a new verification link), so nobody can flood a mailbox or the mail
 * relay. Counted like the log-in failures (lib/auth/throttle.ts), in the database.
 */
export const resetRequestLimit = {
  maxPerEmail: Number(process.env.PASSWORD_RESET_MAX_PER_EMAIL ?? 3),
  maxPerClient: Number(process.env.PASSWORD_RESET_MAX_PER_CLIENT ?? 10),
  windowMs: 60 * 60 * 1000,
};

export type MailedLinkPurpose = "reset_password" | "verify_email";

/** Why a request is held back ("email" or "client"), or null when it may go through. */
export async function resetRequestRefusal(
  tx: Tx,
  email: string,
  ip: string,
  now: Date,
  purpose: MailedLinkPurpose = "reset_password",
): Promise<"email" | "client" | null> {
  const since = new Date(now.getTime() - resetRequestLimit.windowMs);
  const [byEmail] = await tx
    .select({ n: count() })
    .from(passwordResetRequests)
    .where(and(eq(passwordResetRequests.purpose, purpose), eq(passwordResetRequests.email, email), gt(passwordResetRequests.at, since)));
  if (byEmail.n >= resetRequestLimit.maxPerEmail) return "email";
  // without a client address every visitor would share one count: the limit per e-mail still holds
  if (ip === unknownClient) return null;
  const [byClient] = await tx
    .select({ n: count() })
    .from(passwordResetRequests)
    .where(and(eq(passwordResetRequests.purpose, purpose), eq(passwordResetRequests.ip, ip), gt(passwordResetRequests.at, since)));
  return byClient.n >= resetRequestLimit.maxPerClient ? "client" : null;
}

/** Counts a request that went through (whether or not the address has an account: the limit reveals nothing). */
export async function recordResetRequest(tx: Tx, email: string, ip: string, now: Date, purpose: MailedLinkPurpose = "reset_password") {
  await tx.insert(passwordResetRequests).values({ purpose, email, ip, at: now });
  // Keep the table small: rows older than the window no longer count.
  const expired = new Date(now.getTime() - resetRequestLimit.windowMs);
  await tx
    .delete(passwordResetRequests)
    .where(and(lt(passwordResetRequests.at, expired), or(eq(passwordResetRequests.email, email), eq(passwordResetRequests.ip, ip))));
}
