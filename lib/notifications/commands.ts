import { and, eq, inArray, isNotNull, or, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { follows, notifications, notificationSettings } from "@/lib/db/schema/notifications";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { queueMail } from "@/lib/mail/outbox";
import { consultationForNotice } from "@/lib/consultations/queries";
import { appLink } from "@/lib/mail/links";
import { upsertDigest, upsertReminders, unsubscribeLinks } from "./follows";
import { localeOf, participationText } from "./text";
import { verifyUnsubscribeToken, unsubscribeSecret, type UnsubscribeScope } from "./tokens";

type ConsultationKind = "consultation_opened" | "report_published";

/** Followers of the consultation itself or of one of its task areas, active accounts only, each once. */
async function followersOf(tx: Tx, consultationId: string, areaSlugs: string[]) {
  const target =
    areaSlugs.length > 0
      ? or(eq(follows.consultationId, consultationId), inArray(follows.areaSlug, areaSlugs))
      : eq(follows.consultationId, consultationId);
  const rows = await tx
    .selectDistinct({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      consultationId: follows.consultationId,
      areaSlug: follows.areaSlug,
    })
    .from(follows)
    .innerJoin(users, eq(users.id, follows.userId))
    .where(and(target, eq(users.active, true), isNotNull(users.emailVerifiedAt)));
  const byUser = new Map<string, (typeof rows)[number]>();
  // Prefer the consultation follow (its unsubscribe link is the most specific).
  for (const row of rows) if (!byUser.has(row.userId) || row.consultationId) byUser.set(row.userId, row);
  return [...byUser.values()];
}

/**
 * Inside the caller's transaction when given one (the mails are queued atomically with the change
 * that caused them), else in a transaction of its own.
 */
async function notifyFollowers(q: Db | Tx, consultationId: string, kind: ConsultationKind, actor: AuditEntry["actor"]) {
  const run = async (tx: Tx) => {
    const consultation = await consultationForNotice(tx, consultationId);
    if (!consultation) return 0;
    let sent = 0;
    for (const person of await followersOf(tx, consultationId, consultation.areaSlugs)) {
      // The unique index makes this idempotent: a second run inserts nothing and sends nothing.
      const [row] = await tx
        .insert(notifications)
        .values({ userId: person.userId, kind, consultationId })
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      if (!row) continue;
      const locale = localeOf(person.locale);
      const t = participationText(locale);
      const scope = person.consultationId
        ? ({ kind: "consultation", consultationId } as const)
        : ({ kind: "area", areaSlug: person.areaSlug! } as const);
      const key = kind === "consultation_opened" ? "opened" : "report";
      const unsubscribe = await unsubscribeLinks(person.userId, scope, locale);
      const mailId = await queueMail(tx, {
        to: person.email,
        kind: `notification_${kind}`,
        locale,
        listUnsubscribeUrl: unsubscribe.oneClick,
        subject: t(`participationMail.${key}.subject`, { title: consultation.title }),
        text: t(`participationMail.${key}.body`, {
          name: person.name,
          title: consultation.title,
          url: appLink(locale, `/consultations/${consultationId}`),
          unsubscribeUrl: unsubscribe.page,
        }),
      });
      await tx.update(notifications).set({ mailId }).where(eq(notifications.id, row.id));
      sent++;
    }
    if (sent > 0)
      await recordAudit(tx, {
        actor,
        action: kind === "consultation_opened" ? "notifications.notifyOpened" : "notifications.notifyReport",
        entityType: "consultation",
        entityId: consultationId,
        after: { sent },
      });
    return sent;
  };
  return "rollback" in q ? run(q) : q.transaction(run);
}

/**
 * One mail per follower when a consultation opens; calling it again sends nothing new. Pass the
 * command's `tx` and who caused it (the administrator, or the job that opened it by its date).
 */
export function notifyConsultationOpened(db: Db | Tx, consultationId: string, actor: AuditEntry["actor"]) {
  return notifyFollowers(db, consultationId, "consultation_opened", actor);
}

/** One mail per follower when the consultation's report is published; idempotent. */
export function notifyReportPublished(db: Db | Tx, consultationId: string, actor: AuditEntry["actor"]) {
  return notifyFollowers(db, consultationId, "report_published", actor);
}

/** Whether what the token stops is stopped already (read only: the unsubscribe page shows it). */
async function alreadyUnsubscribed(q: Db | Tx, userId: string, scope: UnsubscribeScope) {
  const followsOf = (where: SQL | undefined) =>
    q
      .select({ id: follows.id })
      .from(follows)
      .where(and(eq(follows.userId, userId), where))
      .limit(1);
  const settingsOf = async () => {
    const [settings] = await q
      .select({ digest: notificationSettings.digest, reminders: notificationSettings.reminders })
      .from(notificationSettings)
      .where(eq(notificationSettings.userId, userId));
    return settings;
  };
  const digestOff = async () => (await settingsOf())?.digest === false;
  const remindersOff = async () => (await settingsOf())?.reminders === false;
  if (scope.kind === "consultation") return (await followsOf(eq(follows.consultationId, scope.consultationId))).length === 0;
  if (scope.kind === "area") return (await followsOf(eq(follows.areaSlug, scope.areaSlug))).length === 0;
  if (scope.kind === "digest") return digestOff();
  if (scope.kind === "reminders") return remindersOff();
  return (await followsOf(undefined)).length === 0 && (await digestOff()) && (await remindersOff());
}

/**
 * What an unsubscribe link stands for, without changing anything (a GET of the page, which mail
 * scanners fetch too): who, what, and whether it is done already.
 */
export async function unsubscribeState(db: Db, token: string, secret?: string) {
  const parsed = verifyUnsubscribeToken(token, secret ?? (await unsubscribeSecret()));
  if (!parsed) return { ok: false as const };
  const [person] = await db.select({ id: users.id }).from(users).where(eq(users.id, parsed.userId));
  if (!person) return { ok: false as const };
  return { ok: true as const, scope: parsed.scope, done: await alreadyUnsubscribed(db, parsed.userId, parsed.scope) };
}

/**
 * Unsubscribes (the POST of the page's button, or a mail program's one-click POST): a valid signed
 * token applies its scope, without logging in. Repeating it changes nothing and records nothing.
 */
export async function unsubscribeWithToken(db: Db, token: string, secret?: string) {
  const parsed = verifyUnsubscribeToken(token, secret ?? (await unsubscribeSecret()));
  if (!parsed) return { ok: false as const };
  const { userId, scope } = parsed;
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId)).for("update");
    if (!person) return { ok: false as const };
    if (await alreadyUnsubscribed(tx, userId, scope)) return { ok: true as const, scope };
    if (scope.kind === "consultation")
      await tx.delete(follows).where(and(eq(follows.userId, userId), eq(follows.consultationId, scope.consultationId)));
    if (scope.kind === "area") await tx.delete(follows).where(and(eq(follows.userId, userId), eq(follows.areaSlug, scope.areaSlug)));
    if (scope.kind === "digest" || scope.kind === "all") await upsertDigest(tx, userId, false);
    if (scope.kind === "reminders" || scope.kind === "all") await upsertReminders(tx, userId, false);
    if (scope.kind === "all") await tx.delete(follows).where(eq(follows.userId, userId));
    await recordAudit(tx, {
      actor: { userId, email: person.email },
      action: "notifications.unsubscribe",
      entityType: "user",
      entityId: userId,
      after: scope,
    });
    return { ok: true as const, scope };
  });
}
