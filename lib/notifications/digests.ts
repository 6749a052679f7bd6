import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { notifications, notificationSettings } from "@/lib/db/schema/notifications";
import { recordAudit, systemActor } from "@/lib/audit/record";
import { warsawToday } from "@/lib/dates/warsaw";
import { formatDateTime } from "@/lib/i18n/format";
import { queueMail } from "@/lib/mail/outbox";
import { repliesToDigest, type DigestReply } from "@/lib/consultations/queries";
import { appLink } from "@/lib/mail/links";
import { unsubscribeLinks } from "./follows";
import { localeOf, participationText } from "./text";

const maxListed = 20;

/** Groups replies by the person who gets them (pure, for tests). */
export function groupByRecipient(replies: DigestReply[]) {
  const out = new Map<string, DigestReply[]>();
  for (const reply of replies) {
    const list = out.get(reply.recipientId) ?? [];
    list.push(reply);
    out.set(reply.recipientId, list);
  }
  return out;
}

/**
 * The daily digest: for every person, the replies to their comments since their last digest
 * (or the last 24 hours), in ONE mail; at most one digest per person per Warsaw day (recorded
 * in `notifications`), nothing when there is nothing new. Run it once a day (see README of
 * app/api/admin/digests); running it again the same day sends nothing twice.
 */
export async function sendDailyDigests(db: Db, now = new Date()) {
  const day = warsawToday(now); // one digest per person per Warsaw day
  return db.transaction(async (tx) => {
    const replies = await repliesToDigest(tx, now);
    let sent = 0;
    for (const [recipientId, list] of groupByRecipient(replies)) {
      const [row] = await tx
        .insert(notifications)
        .values({ userId: recipientId, kind: "digest", day })
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      if (!row) continue;
      const first = list[0];
      const locale = localeOf(first.recipientLocale);
      const t = participationText(locale);
      const lines = list.slice(0, maxListed).map((r) =>
        t("participationMail.digest.item", {
          title: r.consultationTitle,
          author: r.replyAuthorName,
          when: formatDateTime(r.createdAt, locale),
          excerpt: r.excerpt,
          url: appLink(locale, `/consultations/${r.consultationId}`),
        }),
      );
      const unsubscribe = await unsubscribeLinks(recipientId, { kind: "digest" }, locale);
      const mailId = await queueMail(tx, {
        to: first.recipientEmail,
        kind: "notification_digest",
        locale,
        listUnsubscribeUrl: unsubscribe.oneClick,
        subject: t("participationMail.digest.subject", { count: list.length }),
        text: t("participationMail.digest.body", {
          name: first.recipientName,
          count: list.length,
          items: lines.join("\n\n"),
          unsubscribeUrl: unsubscribe.page,
        }),
      });
      await tx.update(notifications).set({ mailId }).where(eq(notifications.id, row.id));
      await tx
        .insert(notificationSettings)
        .values({ userId: recipientId, lastDigestAt: now })
        .onConflictDoUpdate({ target: notificationSettings.userId, set: { lastDigestAt: now } });
      sent++;
    }
    if (sent > 0)
      await recordAudit(tx, {
        actor: systemActor("digests.send"),
        action: "notifications.sendDigests",
        entityType: "digest",
        entityId: day,
        after: { sent, replies: replies.length },
      });
    return { day, sent };
  });
}
