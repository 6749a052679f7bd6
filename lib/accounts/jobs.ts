import "server-only";
import { isNotNull, lte, or } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { userTokens } from "@/lib/db/schema";
import { defineJob } from "@/lib/jobs/types";

/**
 * `tokens.cleanup` (daily): verification and reset tokens that expired or were used serve nothing
 * (only their hashes are stored) and are deleted.
 */
export const tokensCleanupJob = defineJob("tokens.cleanup", async ({ db, now, actor }) =>
  db.transaction(async (tx) => {
    const deleted = await tx
      .delete(userTokens)
      .where(or(lte(userTokens.expiresAt, now), isNotNull(userTokens.usedAt)))
      .returning({ id: userTokens.id });
    if (deleted.length)
      await recordAudit(tx, {
        actor,
        action: "user.cleanupTokens",
        entityType: "user_token",
        entityId: "expired",
        after: { deleted: deleted.length },
      });
    return { summary: { deleted: deleted.length } };
  }),
);
