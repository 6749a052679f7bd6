import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { Tx } from "@/lib/db/open";
import { userTokens } from "@/lib/db/schema";

export type TokenPurpose = "verify_email" | "reset_password";

const lifetimeMs: Record<TokenPurpose, number> = {
  verify_email: 48 * 3600_000,
  reset_password: 3600_000,
};

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Only the hash is stored, so a leaked database cannot be used to take over accounts. Only the
 * newest link works: issuing one deletes the user's earlier unused tokens of that purpose, so an old
 * mail lying in a mailbox (or forwarded) is worth nothing.
 */
export async function issueToken(tx: Tx, userId: string, purpose: TokenPurpose, now = new Date()) {
  await revokeTokens(tx, userId, purpose);
  const token = randomBytes(32).toString("base64url");
  await tx
    .insert(userTokens)
    .values({ userId, purpose, tokenHash: digest(token), expiresAt: new Date(now.getTime() + lifetimeMs[purpose]) });
  return token;
}

/**
 * Marks the token used and returns its user, or null when unknown, used or expired. Using one
 * deletes the user's other tokens of that purpose, whichever was issued first.
 */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose, now = new Date()) {
  const tokenHash = digest(token);
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(
      and(eq(userTokens.tokenHash, tokenHash), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)),
    )
    .returning({ userId: userTokens.userId });
  if (!row) return null;
  await tx
    .delete(userTokens)
    .where(and(eq(userTokens.userId, row.userId), eq(userTokens.purpose, purpose), ne(userTokens.tokenHash, tokenHash)));
  return row.userId;
}

/** Deletes the user's unused tokens of a purpose (a changed password makes pending reset links void). */
export async function revokeTokens(tx: Tx, userId: string, purpose: TokenPurpose) {
  await tx.delete(userTokens).where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
}
