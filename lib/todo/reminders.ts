import "server-only";
import { and, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { meetingRegistrations, meetings, notifications, notificationSettings, organizationMembers, users } from "@/lib/db/schema";
import { loadPrincipal } from "@/lib/accounts/principal";
import { recordAudit, systemActor } from "@/lib/audit/record";
import { warsawToday } from "@/lib/dates/warsaw";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { unsubscribeLinks } from "@/lib/notifications/follows";
import { todoItems } from "./queries";
import { itemsToRemind, SOON_DAYS, type TodoItem } from "./rules";
import { deadlineKey, formatDeadline, itemValues, kindKey } from "./text";

export const TODO_REMINDER_JOB = "todo.remind";
const maxListed = 20;

/**
 * Who might have something with a deadline: representatives of organizations, administrators, Centre staff and
 * people registered for a meeting in the coming days (commission tasks have no deadline of their
 * own). Active accounts that have not turned the reminders off.
 */
async function candidates(db: Db, now: Date) {
  const soon = new Date(now.getTime() + SOON_DAYS * 86_400_000);
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(
      and(
        eq(users.active, true),
        or(isNull(notificationSettings.reminders), eq(notificationSettings.reminders, true)),
        or(
          eq(users.isAdmin, true),
          eq(users.isCentreStaff, true),
          sql`exists (${db
            .select({ one: sql`1` })
            .from(organizationMembers)
            .where(eq(organizationMembers.userId, users.id))})`,
          sql`exists (${db
            .select({ one: sql`1` })
            .from(meetingRegistrations)
            .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
            .where(
              and(
                eq(meetingRegistrations.userId, users.id),
                sql`${meetingRegistrations.status} <> 'cancelled'`,
                gt(meetings.startsAt, now),
                lte(meetings.startsAt, soon),
              ),
            )})`,
        ),
      ),
    );
}

/** The mail's text: each urgent item with its deadline and link, and the way to stop these mails. */
async function reminderMail(person: { id: string; name: string }, items: TodoItem[], locale: Locale) {
  const t = translator(locale);
  const lines = items.slice(0, maxListed).map((item) =>
    t("todo.mail.item", {
      text: t(`todo.${kindKey(item.kind)}`, itemValues(item, locale)),
      when: t(`todo.${deadlineKey(item.kind)}`, { date: formatDeadline(item.deadline!, locale) }),
      url: appLink(locale, item.href),
    }),
  );
  const unsubscribe = await unsubscribeLinks(person.id, { kind: "reminders" }, locale);
  return {
    unsubscribe,
    subject: t("todo.mail.subject", { count: items.length }),
    text: t("todo.mail.body", {
      name: person.name,
      items: lines.join("\n\n"),
      pageUrl: appLink(locale, "/account/todo"),
      unsubscribeUrl: unsubscribe.page,
    }),
  };
}

/**
 * The daily "to do" reminder: one mail per person per Warsaw day at most (recorded in
 * `notifications`, so a second run the same day sends nothing), and only when something is overdue
 * or due within SOON_DAYS. The same items as the person's "to do" page.
 */
export async function sendTodoReminders(db: Db, now = new Date()) {
  const day = warsawToday(now);
  let sent = 0;
  for (const person of await candidates(db, now)) {
    const principal = await loadPrincipal(db, person.id);
    if (!principal) continue;
    const urgent = itemsToRemind(await todoItems(db, principal, now), now);
    if (urgent.length === 0) continue;
    const locale: Locale = person.locale === "en" ? "en" : "pl";
    const mail = await reminderMail(person, urgent, locale);
    const queued = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(notifications)
        .values({ userId: person.id, kind: "todo_reminder", day })
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      if (!row) return false;
      const mailId = await queueMail(tx, {
        to: person.email,
        kind: "todo_reminder",
        locale,
        listUnsubscribeUrl: mail.unsubscribe.oneClick,
        subject: mail.subject,
        text: mail.text,
      });
      await tx.update(notifications).set({ mailId }).where(eq(notifications.id, row.id));
      return true;
    });
    if (queued) sent++;
  }
  if (sent > 0)
    await db.transaction((tx) =>
      recordAudit(tx, {
        actor: systemActor(TODO_REMINDER_JOB),
        action: "notifications.sendReminders",
        entityType: "todo_reminder",
        entityId: day,
        after: { sent },
      }),
    );
  return { day, sent };
}
