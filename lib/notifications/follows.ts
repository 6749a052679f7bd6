import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { follows, notificationSettings } from "@/lib/db/schema/notifications";
import { publicTaskAreas } from "@/lib/db/schema/reference";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { queueMail } from "@/lib/mail/outbox";
import { consultationTitle } from "@/lib/consultations/queries";
import { appLink, appUrl } from "@/lib/mail/links";
import type { Locale } from "@/lib/i18n/routing";
import { localeOf, participationText } from "./text";
import { createUnsubscribeToken, unsubscribeSecret, type UnsubscribeScope } from "./tokens";
import { idSchema } from "@/lib/core/ids";

const followSchema = z
  .object({
    consultationId: z
      .union([z.literal(""), idSchema])
      .optional()
      .transform((v) => v || null),
    areaSlug: z
      .string()
      .trim()
      .max(100)
      .optional()
      .transform((v) => v || null),
  })
  .refine((f) => (f.consultationId === null) !== (f.areaSlug === null), { message: "errors.required", path: ["areaSlug"] });

/**
 * The two unsubscribe links of a mail: `page` in the text (a page that asks for one click; a mail
 * scanner fetching it changes nothing) and `oneClick` for the List-Unsubscribe header, which mail
 * programs POST to (RFC 8058). Both carry the same signed token; no log-in is needed.
 */
export async function unsubscribeLinks(userId: string, scope: UnsubscribeScope, locale: Locale) {
  const token = createUnsubscribeToken({ userId, scope }, await unsubscribeSecret());
  return { page: appLink(locale, `/unsubscribe/${token}`), oneClick: `${appUrl()}/api/unsubscribe/${token}` };
}

/** Follow a consultation or a task area; a confirmation mail carries the one-click unsubscribe link. */
export async function follow(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string | null }>> {
  authorize(principal, "notifications.manage", { userId: principal?.userId });
  const parsed = followSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { consultationId, areaSlug } = parsed.data;
  const scope: UnsubscribeScope = consultationId ? { kind: "consultation", consultationId } : { kind: "area", areaSlug: areaSlug! };
  const [person] = await db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, principal.userId));
  const locale = localeOf(person?.locale);
  const link = (await unsubscribeLinks(principal.userId, scope, locale)).page;
  return db.transaction(async (tx) => {
    let subject: string;
    if (consultationId) {
      const title = await consultationTitle(tx, consultationId);
      if (!title) return { ok: false, formError: "notFound" } as const;
      subject = title;
    } else {
      const [area] = await tx.select().from(publicTaskAreas).where(eq(publicTaskAreas.slug, areaSlug!));
      if (!area) return { ok: false, fieldErrors: { areaSlug: ["invalid"] } } as const;
      subject = locale === "en" ? area.nameEn : area.namePl;
    }
    const [row] = await tx
      .insert(follows)
      .values({ userId: principal.userId, consultationId, areaSlug })
      .onConflictDoNothing()
      .returning({ id: follows.id });
    if (!row) return { ok: true, value: { id: null } } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "notifications.follow",
      entityType: "follow",
      entityId: row.id,
      after: { consultationId, areaSlug },
    });
    const t = participationText(locale);
    await queueMail(tx, {
      to: person.email,
      kind: "follow_confirmed",
      locale,
      subject: t("participationMail.followed.subject", { subject }),
      text: t("participationMail.followed.body", {
        name: person.name,
        subject,
        manageUrl: appLink(locale, "/account/notifications"),
        unsubscribeUrl: link,
      }),
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

export async function unfollow(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "notifications.manage", { userId: principal?.userId });
  const parsed = z.object({ followId: idSchema }).safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    // Only one's own follow: another person's id simply matches nothing.
    const [gone] = await tx
      .delete(follows)
      .where(and(eq(follows.id, parsed.data.followId), eq(follows.userId, principal.userId)))
      .returning();
    if (!gone) return { ok: false, formError: "notFound" } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "notifications.unfollow",
      entityType: "follow",
      entityId: gone.id,
      before: gone,
    });
    return { ok: true, value: null } as const;
  });
}

export async function setDigest(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "notifications.manage", { userId: principal?.userId });
  const digest = input.digest === "on" || input.digest === "true";
  await db.transaction(async (tx) => {
    await upsertDigest(tx, principal.userId, digest);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "notifications.setDigest",
      entityType: "user",
      entityId: principal.userId,
      after: { digest },
    });
  });
  return { ok: true, value: null };
}

export async function upsertDigest(tx: Tx, userId: string, digest: boolean) {
  await tx
    .insert(notificationSettings)
    .values({ userId, digest })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { digest, updatedAt: sql`now()` } });
}

/** Turns the daily "to do" reminder (lib/todo) on or off. */
export async function setReminders(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "notifications.manage", { userId: principal?.userId });
  const reminders = input.reminders === "on" || input.reminders === "true";
  await db.transaction(async (tx) => {
    await upsertReminders(tx, principal.userId, reminders);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "notifications.setReminders",
      entityType: "user",
      entityId: principal.userId,
      after: { reminders },
    });
  });
  return { ok: true, value: null };
}

export async function upsertReminders(tx: Tx, userId: string, reminders: boolean) {
  await tx
    .insert(notificationSettings)
    .values({ userId, reminders })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { reminders, updatedAt: sql`now()` } });
}

export async function myFollows(db: Db, principal: Principal | null) {
  authorize(principal, "notifications.manage", { userId: principal?.userId });
  const [rows, [settings]] = await Promise.all([
    db
      .select({
        id: follows.id,
        consultationId: follows.consultationId,
        areaSlug: follows.areaSlug,
        areaPl: publicTaskAreas.namePl,
        areaEn: publicTaskAreas.nameEn,
        createdAt: follows.createdAt,
      })
      .from(follows)
      .leftJoin(publicTaskAreas, eq(publicTaskAreas.slug, follows.areaSlug))
      .where(eq(follows.userId, principal.userId))
      .orderBy(asc(follows.createdAt)),
    db.select().from(notificationSettings).where(eq(notificationSettings.userId, principal.userId)),
  ]);
  return { follows: rows, digest: settings?.digest ?? true, reminders: settings?.reminders ?? true };
}

export async function taskAreas(db: Db) {
  return db.select().from(publicTaskAreas).orderBy(asc(publicTaskAreas.sortOrder));
}
