import "server-only";
import { isNotNull, lte, or } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { passwordResetRequests, userTokens } from "@/lib/db/schema";
import { deleteFinishedSessions } from "@/lib/auth/sessions";
import { defineJob } from "@/lib/jobs/types";
import { resetRequestLimit } from "./reset-limit";

/**
 * `tokens.cleanup` (daily): verification and reset tokens that expired or were used serve nothing
 * (only their hashes are stored) and are deleted; so are the counted reset requests older than the
 * limits' window (addresses and client addresses are personal data, kept no longer than needed), and
 * the sessions that can sign nobody in any more (ended, or unseen for longer than a cookie lives).
 */
export const tokensCleanupJob = defineJob("tokens.cleanup", async ({ db, now, actor }) =>
  db.transaction(async (tx) => {
    const deleted = await tx
      .delete(userTokens)
      .where(or(lte(userTokens.expiresAt, now), isNotNull(userTokens.usedAt)))
      .returning({ id: userTokens.id });
    const requests = await tx
      .delete(passwordResetRequests)
      .where(lte(passwordResetRequests.at, new Date(now.getTime() - resetRequestLimit.windowMs)))
      .returning({ id: passwordResetRequests.id });
    const sessions = await deleteFinishedSessions(tx, now);
    if (deleted.length || requests.length || sessions)
      await recordAudit(tx, {
        actor,
        action: "user.cleanupTokens",
        entityType: "user_token",
        entityId: "expired",
        after: { deleted: deleted.length, resetRequests: requests.length, sessions },
      });
    return { summary: { deleted: deleted.length + requests.length + sessions } };
  }),
);
