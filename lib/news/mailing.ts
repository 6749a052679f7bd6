import { and, asc, eq, gt, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { mailOutbox, newsItems, newsMailings, newsSettings, newsSubscribers } from "@/lib/db/schema";
import { recordAudit, systemActor } from "@/lib/audit/record";
import { formatDay } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink, appUrl } from "@/lib/mail/links";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { composeMailing, defaultMailingSettings, mailingDue, mailingTime, matchesTopics, type MailingSettings } from "./rules";
import { createSubscriberToken } from "./tokens";

/** Subscribers queued per transaction (one insert of their mails into the outbox). */
export const MAILING_BATCH = 500;

export async function mailingSettings(db: Db): Promise<MailingSettings> {
  const [row] = await db.select().from(newsSettings).where(eq(newsSettings.id, 1));
  return row ? { hour: row.hour, minItems: row.minItems, maxItems: row.maxItems } : defaultMailingSettings;
}

export interface MailingItem {
  id: string;
  title: string;
  lead: string;
  type: string;
  areas: string[];
}

/** A link of an item in a mail: absolute (a path of this site gets the app's address). */
function itemUrl(locale: Locale, id: string) {
  return appLink(locale, `/news/${id}`);
}

/** The text of one subscriber's mail (pure but for the links): the items, the preferences link, the unsubscribe link. */
export function mailingText(
  locale: Locale,
  day: string,
  items: readonly MailingItem[],
  links: { page: string },
): { subject: string; text: string } {
  const t = translator(locale);
  const date = formatDay(day, locale);
  const list = items
    .map((item, i) => `${i + 1}. ${item.title}\n${item.lead ? `${item.lead}\n` : ""}${itemUrl(locale, item.id)}`)
    .join("\n\n");
  return {
    subject: t("news.mail.dailySubject", { date, count: items.length }),
    text: t("news.mail.dailyBody", { date, items: list, preferencesUrl: links.page, archiveUrl: appLink(locale, "/news/mailings") }),
  };
}

/**
 * The daily mailing (the `news.mailing` job, run every few minutes): on a working day at or after
 * the set hour, once a day, it takes the day's items from the queue (composeMailing: oldest queued
 * first, at most the maximum; the rest wait) and queues one mail per confirmed subscriber with the
 * items matching their topics (none: no mail), MAILING_BATCH subscribers per transaction, resuming
 * from its cursor if a run stopped. Nothing queued: nothing sent (the day is recorded as empty).
 */
export async function runDailyMailing(db: Db, now = new Date()): Promise<{ day: string; items: number; mails: number; composed: boolean }> {
  const settings = await mailingSettings(db);
  const { day, due } = mailingDue(now, settings);
  if (!due) return { day, items: 0, mails: 0, composed: false };
  const sendAt = mailingTime(day, settings);

  // 1. compose (once a day: the unique day holds a second runner off)
  let [mailing] = await db.select().from(newsMailings).where(eq(newsMailings.day, day));
  let composed = false;
  if (!mailing) {
    const created = await db.transaction(async (tx) => {
      const [row] = await tx.insert(newsMailings).values({ day, createdAt: now }).onConflictDoNothing().returning();
      if (!row) return null;
      const queue = await tx
        .select({ id: newsItems.id, rank: newsItems.queueRank, publishAt: newsItems.publishAt, mailStatus: newsItems.mailStatus })
        .from(newsItems)
        .where(and(eq(newsItems.status, "published"), eq(newsItems.mailStatus, "queued")))
        .orderBy(asc(newsItems.queueRank));
      const chosen = composeMailing(
        queue.map((q) => ({ id: q.id, rank: q.rank ?? 0, publishAt: q.publishAt, held: false })),
        // an item published after the hour but before this run may go too: the run is the sending
        new Date(Math.max(sendAt.getTime(), now.getTime())),
        settings,
      );
      for (const [position, item] of chosen.entries())
        await tx
          .update(newsItems)
          .set({ mailStatus: "sent", mailingId: row.id, mailingPosition: position + 1 })
          .where(eq(newsItems.id, item.id));
      if (chosen.length === 0) await tx.update(newsMailings).set({ status: "sent", sentAt: now }).where(eq(newsMailings.id, row.id));
      await recordAudit(tx, {
        actor: systemActor("news.mailing"),
        action: "news.sendMailing",
        entityType: "news_mailing",
        entityId: row.id,
        after: { day, items: chosen.map((c) => c.id) },
      });
      return row;
    });
    if (!created) [mailing] = await db.select().from(newsMailings).where(eq(newsMailings.day, day));
    else {
      mailing = created;
      composed = true;
    }
  }
  const items = await db
    .select({ id: newsItems.id, title: newsItems.title, lead: newsItems.lead, type: newsItems.type, areas: newsItems.areas })
    .from(newsItems)
    .where(eq(newsItems.mailingId, mailing.id))
    .orderBy(asc(newsItems.mailingPosition));
  if (mailing.status === "sent" || items.length === 0) {
    if (items.length === 0 && mailing.status !== "sent")
      await db.update(newsMailings).set({ status: "sent", sentAt: now }).where(eq(newsMailings.id, mailing.id));
    return { day, items: items.length, mails: 0, composed };
  }

  // 2. queue the mails in batches, each its own transaction
  const secret = await unsubscribeSecret();
  const base = appUrl();
  let mails = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const [current] = await tx.select().from(newsMailings).where(eq(newsMailings.id, mailing.id)).for("update");
      if (current.status === "sent") return true;
      const batch = await tx
        .select()
        .from(newsSubscribers)
        .where(
          and(
            isNotNull(newsSubscribers.confirmedAt),
            isNull(newsSubscribers.unsubscribedAt),
            current.cursor ? gt(newsSubscribers.id, current.cursor) : undefined,
          ),
        )
        .orderBy(asc(newsSubscribers.id))
        .limit(MAILING_BATCH);
      if (batch.length === 0) {
        await tx.update(newsMailings).set({ status: "sent", sentAt: now }).where(eq(newsMailings.id, mailing.id));
        return true;
      }
      const rows: (OutgoingMail & { locale: Locale })[] = [];
      for (const s of batch) {
        const mine = items.filter((item) => matchesTopics(item, s));
        if (mine.length === 0) continue;
        const locale: Locale = s.locale === "en" ? "en" : "pl";
        const token = createSubscriberToken({ subscriberId: s.id, email: s.email }, secret);
        const page = appLink(locale, `/news/subscription/${token}`);
        const { subject, text } = mailingText(locale, day, mine, { page });
        rows.push({
          to: s.email,
          kind: "news_mailing",
          locale,
          subject,
          text,
          listUnsubscribeUrl: `${base}/api/news/unsubscribe/${token}`,
        });
      }
      if (rows.length > 0) await tx.insert(mailOutbox).values(rows);
      await tx
        .update(newsMailings)
        .set({ cursor: batch[batch.length - 1].id, recipients: current.recipients + rows.length })
        .where(eq(newsMailings.id, mailing.id));
      mails += rows.length;
      return false;
    });
    if (done) break;
  }
  return { day, items: items.length, mails, composed };
}

/** Items already mailed, by mailing (the archive's pages read them). */
export async function mailingItems(db: Db, mailingIds: string[]) {
  if (mailingIds.length === 0) return [];
  return db
    .select({ id: newsItems.id, title: newsItems.title, mailingId: newsItems.mailingId, position: newsItems.mailingPosition })
    .from(newsItems)
    .where(inArray(newsItems.mailingId, mailingIds))
    .orderBy(asc(newsItems.mailingPosition));
}
