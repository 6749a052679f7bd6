import "server-only";
import { and, isNotNull, isNull, lte, or } from "drizzle-orm";
import { resetRequestLimit } from "@/lib/accounts/reset-limit";
import { recordAudit } from "@/lib/audit/record";
import { deleteFinishedSessions } from "@/lib/auth/sessions";
import { loginThrottle } from "@/lib/auth/throttle";
import { loginFailures, mailOutbox, passwordResetRequests, userTokens } from "@/lib/db/schema";
import { defineJob } from "@/lib/jobs/types";
import { retentionCutoff, retentionSettings, type RetentionSettings } from "./settings";

/**
 * `privacy.retention` (daily): deletes what only served the platform's operation once its time is
 * up (lib/privacy/settings.ts): mail sent or given up on, failed log-ins, used or expired
 * verification and reset tokens (only their hashes are stored), counted reset requests, and the
 * sessions that can sign nobody in any more (ended, or unseen for longer than a cookie lives). Failed
 * log-ins and reset requests are kept at least as long as the limits count them.
 */
export function retentionJob(settings: RetentionSettings = retentionSettings) {
  return defineJob("privacy.retention", async ({ db, now, actor }) =>
    db.transaction(async (tx) => {
      const mailBefore = retentionCutoff(now, settings.mailDays);
      const mail = await tx
        .delete(mailOutbox)
        .where(
          or(
            and(isNotNull(mailOutbox.sentAt), lte(mailOutbox.sentAt, mailBefore)),
            and(isNull(mailOutbox.sentAt), isNotNull(mailOutbox.failedAt), lte(mailOutbox.failedAt, mailBefore)),
          ),
        )
        .returning({ id: mailOutbox.id });
      const failures = await tx
        .delete(loginFailures)
        .where(lte(loginFailures.at, retentionCutoff(now, settings.loginFailureDays, loginThrottle.windowMs)))
        .returning({ id: loginFailures.id });
      const tokenBefore = retentionCutoff(now, settings.tokenDays);
      const tokens = await tx
        .delete(userTokens)
        .where(or(lte(userTokens.expiresAt, tokenBefore), lte(userTokens.usedAt, tokenBefore)))
        .returning({ id: userTokens.id });
      const requests = await tx
        .delete(passwordResetRequests)
        .where(lte(passwordResetRequests.at, retentionCutoff(now, settings.resetRequestDays, resetRequestLimit.windowMs)))
        .returning({ id: passwordResetRequests.id });
      const sessions = await deleteFinishedSessions(tx, now);
      const counts = { mail: mail.length, loginFailures: failures.length, tokens: tokens.length, resetRequests: requests.length, sessions };
      const deleted = mail.length + failures.length + tokens.length + requests.length + sessions;
      if (deleted)
        await recordAudit(tx, { actor, action: "privacy.retention", entityType: "personal_data", entityId: "retention", after: counts });
      return { summary: { deleted }, data: counts };
    }),
  );
}

export const privacyRetentionJob = retentionJob();
