import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { follows, notifications } from "@/lib/db/schema/notifications";
import { recordAudit } from "@/lib/audit/record";
import { queueMail } from "@/lib/mail/outbox";
import { consultationForNotice } from "@/lib/consultations/queries";
import { upsertDigest, unsubscribeLink } from "./follows";
import { absoluteLink, localeOf, participationText } from "./text";
import { verifyUnsubscribeToken, unsubscribeSecret } from "./tokens";

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
async function notifyFollowers(q: Db | Tx, consultationId: string, kind: ConsultationKind, origin?: string) {
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
      const mailId = await queueMail(tx, {
        to: person.email,
        kind: `notification_${kind}`,
        subject: t(`participationMail.${key}.subject`, { title: consultation.title }),
        text: t(`participationMail.${key}.body`, {
          name: person.name,
          title: consultation.title,
          url: absoluteLink(origin, locale, `/consultations/${consultationId}`),
          unsubscribeUrl: await unsubscribeLink(person.userId, scope, locale, origin),
        }),
      });
      await tx.update(notifications).set({ mailId }).where(eq(notifications.id, row.id));
      sent++;
    }
    if (sent > 0)
      await recordAudit(tx, {
        actor: null,
        action: kind === "consultation_opened" ? "notifications.notifyOpened" : "notifications.notifyReport",
        entityType: "consultation",
        entityId: consultationId,
        after: { sent },
      });
    return sent;
  };
  return "rollback" in q ? run(q) : q.transaction(run);
}

/** One mail per follower when a consultation opens; calling it again sends nothing new. Pass the command's `tx`. */
export function notifyConsultationOpened(db: Db | Tx, consultationId: string, options: { origin?: string } = {}) {
  return notifyFollowers(db, consultationId, "consultation_opened", options.origin);
}

/** One mail per follower when the consultation's report is published; idempotent. */
export function notifyReportPublished(db: Db | Tx, consultationId: string, options: { origin?: string } = {}) {
  return notifyFollowers(db, consultationId, "report_published", options.origin);
}

/** The unsubscribe page: a valid signed token applies its scope, without logging in. */
export async function unsubscribeWithToken(db: Db, token: string, secret?: string) {
  const parsed = verifyUnsubscribeToken(token, secret ?? (await unsubscribeSecret()));
  if (!parsed) return { ok: false as const };
  const { userId, scope } = parsed;
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId));
    if (!person) return { ok: false as const };
    if (scope.kind === "consultation")
      await tx.delete(follows).where(and(eq(follows.userId, userId), eq(follows.consultationId, scope.consultationId)));
    if (scope.kind === "area") await tx.delete(follows).where(and(eq(follows.userId, userId), eq(follows.areaSlug, scope.areaSlug)));
    if (scope.kind === "digest" || scope.kind === "all") await upsertDigest(tx, userId, false);
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
