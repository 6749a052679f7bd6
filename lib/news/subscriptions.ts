import { and, eq, gt, like } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { mailOutbox, newsSubscribers, publicTaskAreas } from "@/lib/db/schema";
import type { Principal } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink, appUrl } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { newsTypes } from "./rules";
import { preferencesSchema, subscribeSchema } from "./schemas";
import { createSubscriberToken, verifySubscriberToken } from "./tokens";

/** At most one subscription mail to an address in this time (a stranger typing someone's address again and again mails them once). */
export const SUBSCRIPTION_MAIL_INTERVAL_MS = 10 * 60 * 1000;

/*
 * Subscriptions to the daily mailing: anyone with an e-mail address, no account needed, with
 * double opt-in (the mail's link confirms it), a preferences page by the signed token and a
 * one-click unsubscribe (RFC 8058). The token is the whole authorization of those pages.
 */

export async function subscriberToken(subscriber: { id: string; email: string }) {
  return createSubscriberToken({ subscriberId: subscriber.id, email: subscriber.email }, await unsubscribeSecret());
}

/** The links a mail to a subscriber carries: the preferences page (also the confirmation), and the one-click address for List-Unsubscribe. */
export async function subscriberLinks(subscriber: { id: string; email: string }, locale: Locale) {
  const token = await subscriberToken(subscriber);
  return { token, page: appLink(locale, `/news/subscription/${token}`), oneClick: `${appUrl()}/api/news/unsubscribe/${token}` };
}

async function validTopics(db: Db, areas: string[], types: string[]): Promise<boolean> {
  if (types.some((t) => !(newsTypes as readonly string[]).includes(t))) return false;
  if (areas.length === 0) return true;
  const known = new Set((await db.select({ slug: publicTaskAreas.slug }).from(publicTaskAreas)).map((a) => a.slug));
  return areas.every((a) => known.has(a));
}

/**
 * Subscribe: the same answer whether the address is new, waiting or subscribed already (nobody
 * learns who subscribes). A new or unsubscribed address gets the confirmation mail; a waiting
 * one gets it again; a confirmed one gets a mail with its preferences link.
 */
export async function subscribe(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  context: { locale: Locale; now?: Date },
): Promise<CommandResult<null>> {
  const parsed = subscribeSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { email, areas, types } = parsed.data;
  if (!(await validTopics(db, areas, types))) return { ok: false, fieldErrors: { areas: ["invalid"] } };
  const now = context.now ?? new Date();
  const userId = principal && principal.email.toLowerCase() === email ? principal.userId : null;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(newsSubscribers).where(eq(newsSubscribers.email, email)).for("update");
    let subscriber = existing;
    if (!existing) {
      [subscriber] = await tx
        .insert(newsSubscribers)
        .values({ email, areas, types, locale: context.locale, userId, createdAt: now })
        .returning();
    } else if (!existing.confirmedAt || existing.unsubscribedAt) {
      [subscriber] = await tx
        .update(newsSubscribers)
        .set({ areas, types, locale: context.locale, confirmedAt: null, unsubscribedAt: null, userId: existing.userId ?? userId })
        .where(eq(newsSubscribers.id, existing.id))
        .returning();
    }
    if (subscriber !== existing)
      await recordAudit(tx, {
        actor: principal ? actorOf(principal) : null,
        action: "news.subscribe",
        entityType: "news_subscriber",
        entityId: subscriber.id,
        after: { areas, types, confirmedAt: null },
      });
    const [recent] = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.to, email),
          like(mailOutbox.kind, "news_subscription_%"),
          gt(mailOutbox.createdAt, new Date(now.getTime() - SUBSCRIPTION_MAIL_INTERVAL_MS)),
        ),
      )
      .limit(1);
    if (recent) return { ok: true, value: null } as const;
    const confirmed = !!subscriber.confirmedAt && !subscriber.unsubscribedAt;
    const locale = context.locale;
    const t = translator(locale);
    const links = await subscriberLinks(subscriber, locale);
    await queueMail(tx, {
      to: email,
      kind: confirmed ? "news_subscription_manage" : "news_subscription_confirm",
      locale,
      subject: t(confirmed ? "news.mail.manageSubject" : "news.mail.confirmSubject"),
      text: t(confirmed ? "news.mail.manageBody" : "news.mail.confirmBody", { url: links.page }),
    });
    return { ok: true, value: null } as const;
  });
}

/** The subscriber a token names (null when the token is forged or the address changed). */
export async function subscriberByToken(db: Db, token: string) {
  const parsed = verifySubscriberToken(token, await unsubscribeSecret());
  if (!parsed) return null;
  const [row] = await db.select().from(newsSubscribers).where(eq(newsSubscribers.id, parsed.subscriberId));
  return row && row.email === parsed.email ? row : null;
}

/**
 * A change the subscriber makes by the token of their links (no account, so no actor): in a
 * transaction with its audit record, the consent's trace.
 */
async function changeSubscriber(
  db: Db,
  subscriberId: string,
  action: "news.confirmSubscription" | "news.updatePreferences" | "news.unsubscribe",
  values: Partial<typeof newsSubscribers.$inferInsert>,
) {
  await db.transaction(async (tx: Tx) => {
    await tx.update(newsSubscribers).set(values).where(eq(newsSubscribers.id, subscriberId));
    await recordAudit(tx, { actor: null, action, entityType: "news_subscriber", entityId: subscriberId, after: values });
  });
}

/** Double opt-in: the link of the confirmation mail, confirmed by one click on its page. */
export async function confirmSubscription(
  db: Db,
  _principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  const subscriber = await subscriberByToken(db, String(input.token ?? ""));
  if (!subscriber) return { ok: false, formError: "tokenInvalid" };
  if (!subscriber.confirmedAt || subscriber.unsubscribedAt)
    await changeSubscriber(db, subscriber.id, "news.confirmSubscription", { confirmedAt: now, unsubscribedAt: null });
  return { ok: true, value: null };
}

/** The topics: task areas and types (none ticked = all). */
export async function updatePreferences(
  db: Db,
  _principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<null>> {
  const parsed = preferencesSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const subscriber = await subscriberByToken(db, parsed.data.token);
  if (!subscriber) return { ok: false, formError: "tokenInvalid" };
  if (!(await validTopics(db, parsed.data.areas, parsed.data.types))) return { ok: false, fieldErrors: { areas: ["invalid"] } };
  await changeSubscriber(db, subscriber.id, "news.updatePreferences", { areas: parsed.data.areas, types: parsed.data.types });
  return { ok: true, value: null };
}

/** One-click unsubscribe (RFC 8058): the token alone; running it twice changes nothing more. */
export async function unsubscribeNews(db: Db, token: string, now = new Date()): Promise<CommandResult<null>> {
  const subscriber = await subscriberByToken(db, token);
  if (!subscriber) return { ok: false, formError: "tokenInvalid" };
  if (!subscriber.unsubscribedAt) await changeSubscriber(db, subscriber.id, "news.unsubscribe", { unsubscribedAt: now });
  return { ok: true, value: null };
}

/** The signed-in person's subscription (by their account's address) and its token, for the account page. */
export async function mySubscription(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  const [row] = await db.select().from(newsSubscribers).where(eq(newsSubscribers.email, principal.email.toLowerCase()));
  if (!row) return { subscriber: null, token: null };
  return { subscriber: row, token: await subscriberToken(row) };
}
