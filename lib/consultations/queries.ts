import { and, asc, count, countDistinct, desc, eq, gt, inArray, lte, ne, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/lib/db/open";
import {
  consultationAnswers,
  consultationComments,
  consultationParagraphs,
  consultations,
  consultationTaskAreas,
  notificationSettings,
  organizations,
  publicTaskAreas,
  users,
} from "@/lib/db/schema";
import type { ConsultationAudience, ConsultationStatus } from "@/lib/db/schema/consultations";
import { effectiveStatus, phaseOf, type ConsultationPhase } from "./rules";
import { isId } from "@/lib/core/ids";
import { commentColumns, toPublic, type CommentRow } from "./comment-queries";

export interface ConsultationFilters {
  open?: boolean;
  audience?: ConsultationAudience;
  area?: string;
  year?: number;
}

export async function listConsultations(db: Db, filters: ConsultationFilters, now: Date) {
  const c = consultations;
  const where = and(
    filters.open
      ? and(
          inArray(c.status, ["planned", "open"]),
          sql`${c.startsAt} <= ${now.toISOString()}::timestamptz`,
          sql`${c.endsAt} > ${now.toISOString()}::timestamptz`,
        )
      : undefined,
    filters.audience ? (filters.audience === "both" ? eq(c.audience, "both") : inArray(c.audience, [filters.audience, "both"])) : undefined,
    filters.area
      ? sql`exists (select 1 from ${consultationTaskAreas} a where a.consultation_id = ${c.id} and a.area_slug = ${filters.area})`
      : undefined,
    filters.year ? sql`extract(year from ${c.startsAt} at time zone 'Europe/Warsaw') = ${filters.year}` : undefined,
  );
  const rows = await db
    .select({
      id: c.id,
      title: c.title,
      subject: c.subject,
      audience: c.audience,
      status: c.status,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      department: c.department,
      comments: count(consultationComments.id),
    })
    .from(c)
    .leftJoin(consultationComments, and(eq(consultationComments.consultationId, c.id), ne(consultationComments.moderation, "hidden")))
    .where(where)
    .groupBy(c.id)
    .orderBy(desc(c.startsAt));
  return rows.map((r) => ({ ...r, comments: Number(r.comments), effectiveStatus: effectiveStatus(r, now) as ConsultationStatus }));
}

/** The home page: consultations open now (the same condition as the list's "open" filter), the nearest end first; `total`: all of them. */
export function openConsultationsNow(db: Db, now: Date, limit: number) {
  const c = consultations;
  return db
    .select({ id: c.id, title: c.title, endsAt: c.endsAt, total: sql<number>`(count(*) over ())::int`.mapWith(Number) })
    .from(c)
    .where(
      and(
        inArray(c.status, ["planned", "open"]),
        sql`${c.startsAt} <= ${now.toISOString()}::timestamptz`,
        sql`${c.endsAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(c.endsAt), asc(c.title))
    .limit(limit);
}

export async function consultationDetail(db: Db, id: string) {
  if (!isId(id)) return null;
  const [c] = await db.select().from(consultations).where(eq(consultations.id, id));
  if (!c) return null;
  const [paragraphs, areas, perParagraph] = await Promise.all([
    db
      .select({ number: consultationParagraphs.number, body: consultationParagraphs.body })
      .from(consultationParagraphs)
      .where(eq(consultationParagraphs.consultationId, id))
      .orderBy(asc(consultationParagraphs.number)),
    db
      .select({ slug: publicTaskAreas.slug, namePl: publicTaskAreas.namePl, nameEn: publicTaskAreas.nameEn })
      .from(consultationTaskAreas)
      .innerJoin(publicTaskAreas, eq(publicTaskAreas.slug, consultationTaskAreas.areaSlug))
      .where(eq(consultationTaskAreas.consultationId, id))
      .orderBy(asc(publicTaskAreas.sortOrder)),
    db
      .select({ number: consultationComments.paragraphNumber, n: count() })
      .from(consultationComments)
      .where(and(eq(consultationComments.consultationId, id), ne(consultationComments.moderation, "hidden")))
      .groupBy(consultationComments.paragraphNumber),
  ]);
  const counts = new Map(perParagraph.map((r) => [r.number, Number(r.n)]));
  return {
    ...c,
    paragraphs: paragraphs.map((p) => ({ ...p, comments: counts.get(p.number) ?? 0 })),
    areas,
    totalComments: [...counts.values()].reduce((a, b) => a + b, 0),
  };
}

export type ConsultationDetail = NonNullable<Awaited<ReturnType<typeof consultationDetail>>>;

/** Participants and comments by audience (residents vs on behalf of NGOs) and by paragraph. */
export async function reportStatistics(db: Db, consultationId: string) {
  const c = consultationComments;
  const scope = and(eq(c.consultationId, consultationId), ne(c.moderation, "hidden"));
  const [[totals], byParagraph] = await Promise.all([
    db
      .select({
        participants: countDistinct(c.authorId),
        comments: count(),
        residentComments: sql<number>`count(*) filter (where ${c.organizationId} is null)`,
        ngoComments: sql<number>`count(*) filter (where ${c.organizationId} is not null)`,
        residents: sql<number>`count(distinct ${c.authorId}) filter (where ${c.organizationId} is null)`,
        organizations: countDistinct(c.organizationId),
      })
      .from(c)
      .where(scope),
    db
      .select({ paragraphNumber: c.paragraphNumber, comments: count() })
      .from(c)
      .where(scope)
      .groupBy(c.paragraphNumber)
      .orderBy(asc(c.paragraphNumber)),
  ]);
  const n = (v: unknown) => Number(v ?? 0);
  return {
    participants: n(totals.participants),
    comments: n(totals.comments),
    residentComments: n(totals.residentComments),
    ngoComments: n(totals.ngoComments),
    residents: n(totals.residents),
    organizations: n(totals.organizations),
    byParagraph: byParagraph.map((r) => ({ paragraphNumber: r.paragraphNumber, comments: n(r.comments) })),
  };
}

/**
 * The moderation queue: comments waiting for a decision (hidden automatically after reports, or
 * reported since the last decision), most reported first; then the comments a moderator hid,
 * most recent first, so a moderator can restore them.
 */
export async function moderationQueue(db: Db) {
  const c = consultationComments;
  // A fresh builder per query (drizzle's builders are mutable).
  const rows = () =>
    db
      .select({ ...commentColumns, consultationTitle: consultations.title })
      .from(c)
      .innerJoin(users, eq(users.id, c.authorId))
      .innerJoin(consultations, eq(consultations.id, c.consultationId))
      .leftJoin(organizations, eq(organizations.id, c.organizationId))
      .leftJoin(consultationAnswers, eq(consultationAnswers.commentId, c.id));
  const [pending, hidden] = await Promise.all([
    rows()
      .where(or(eq(c.moderation, "auto_hidden"), and(eq(c.moderation, "visible"), gt(c.reportCount, 0))))
      .orderBy(desc(c.reportCount), asc(c.createdAt))
      .limit(200),
    rows().where(eq(c.moderation, "hidden")).orderBy(desc(c.createdAt)).limit(200),
  ]);
  // Moderators see the text even when it is hidden from the public, and the moderator's reason.
  const forModerator = (r: CommentRow & { consultationTitle: string }) => ({
    ...toPublic(r),
    body: r.comment.body,
    moderationReason: r.comment.moderationReason,
    reportCount: r.comment.reportCount,
    consultationTitle: r.consultationTitle,
  });
  return { pending: pending.map(forModerator), hidden: hidden.map(forModerator) };
}

export type ModerationItem = Awaited<ReturnType<typeof moderationQueue>>["pending"][number];

/*
 * What other modules read of consultations (surveys, meetings, follows and notifications): inside
 * their transactions too, hence `Db | Tx`.
 */
type Reader = Db | Tx;

export async function consultationPhase(q: Reader, id: string, now = new Date()): Promise<ConsultationPhase | null> {
  const [c] = await q
    .select({ status: consultations.status, startsAt: consultations.startsAt, endsAt: consultations.endsAt })
    .from(consultations)
    .where(eq(consultations.id, id));
  return c ? phaseOf(c, now) : null;
}

/** Titles by id; ids of no consultation (or no id at all) are left out. */
export async function consultationTitles(q: Reader, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .select({ id: consultations.id, title: consultations.title })
    .from(consultations)
    // compared as text, so a malformed id finds nothing instead of failing the uuid cast
    .where(inArray(sql<string>`${consultations.id}::text`, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function consultationTitle(q: Reader, id: string): Promise<string | null> {
  return (await consultationTitles(q, [id])).get(id) ?? null;
}

/** For select lists and the demo seed: the newest 200 consultations with their phase. */
export async function consultationOptions(q: Reader, now = new Date()): Promise<{ id: string; title: string; phase: ConsultationPhase }[]> {
  const rows = await q
    .select({
      id: consultations.id,
      title: consultations.title,
      status: consultations.status,
      startsAt: consultations.startsAt,
      endsAt: consultations.endsAt,
    })
    .from(consultations)
    .orderBy(desc(consultations.createdAt))
    .limit(200);
  return rows.map((c) => ({ id: c.id, title: c.title, phase: phaseOf(c, now) }));
}

/** Title and task areas, for the mail to followers of the consultation or of its areas. */
export async function consultationForNotice(q: Reader, id: string): Promise<{ title: string; areaSlugs: string[] } | null> {
  const title = await consultationTitle(q, id);
  if (title === null) return null;
  const areas = await q
    .select({ slug: consultationTaskAreas.areaSlug })
    .from(consultationTaskAreas)
    .where(eq(consultationTaskAreas.consultationId, id));
  return { title, areaSlugs: areas.map((a) => a.slug) };
}

export interface DigestReply {
  recipientId: string;
  recipientEmail: string;
  recipientName: string;
  recipientLocale: string;
  consultationId: string;
  consultationTitle: string;
  replyAuthorName: string;
  excerpt: string;
  createdAt: Date;
}

/**
 * For the daily digest: visible replies to each person's comments by someone else, newer than the
 * person's last digest (or than 24 hours before `now`) and not newer than `now`; people who turned
 * the digest off and inactive accounts are left out. Ordered by recipient, then time.
 */
export async function repliesToDigest(q: Reader, now: Date): Promise<DigestReply[]> {
  const reply = consultationComments;
  const parent = alias(consultationComments, "parent");
  const replier = alias(users, "replier");
  const dayBefore = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  return q
    .select({
      recipientId: parent.authorId,
      recipientEmail: users.email,
      recipientName: users.name,
      recipientLocale: users.locale,
      consultationId: consultations.id,
      consultationTitle: consultations.title,
      replyAuthorName: replier.name,
      excerpt: sql<string>`left(${reply.body}, 200)`,
      createdAt: reply.createdAt,
    })
    .from(reply)
    .innerJoin(parent, eq(parent.id, reply.parentId))
    .innerJoin(consultations, eq(consultations.id, reply.consultationId))
    .innerJoin(users, eq(users.id, parent.authorId))
    .innerJoin(replier, eq(replier.id, reply.authorId))
    .leftJoin(notificationSettings, eq(notificationSettings.userId, parent.authorId))
    .where(
      and(
        ne(reply.authorId, parent.authorId),
        eq(reply.moderation, "visible"),
        eq(users.active, true),
        sql`coalesce(${notificationSettings.digest}, true)`,
        gt(reply.createdAt, sql`coalesce(${notificationSettings.lastDigestAt}, ${dayBefore.toISOString()}::timestamptz)`),
        lte(reply.createdAt, now),
      ),
    )
    .orderBy(parent.authorId, reply.createdAt);
}

/** The task areas a consultation may be tagged with, named in the page's language (the administrator's form). */
export async function areaChoices(db: Db, locale: "pl" | "en") {
  const rows = await db.select().from(publicTaskAreas).orderBy(asc(publicTaskAreas.sortOrder));
  return rows.map((a) => ({ slug: a.slug, name: locale === "en" ? a.nameEn : a.namePl }));
}

/** Comments still waiting for an official answer (a comment hidden by a moderator needs none). */
export async function unansweredCount(q: Db | Tx, consultationId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(consultationComments)
    .where(
      and(
        eq(consultationComments.consultationId, consultationId),
        ne(consultationComments.moderation, "hidden"),
        notExists(
          q
            .select({ one: sql`1` })
            .from(consultationAnswers)
            .where(eq(consultationAnswers.commentId, consultationComments.id)),
        ),
      ),
    );
  return Number(row.n);
}

/** Task areas for the list's filter (reference data). */
export async function areaOptions(db: Db) {
  return db
    .select({ slug: publicTaskAreas.slug, namePl: publicTaskAreas.namePl, nameEn: publicTaskAreas.nameEn })
    .from(publicTaskAreas)
    .orderBy(asc(publicTaskAreas.sortOrder));
}

/** Every consultation (all are public, as on the list), for the sitemap. */
export function consultationStamps(db: Db) {
  return db
    .select({ id: consultations.id, updatedAt: consultations.updatedAt })
    .from(consultations)
    .orderBy(desc(consultations.startsAt), asc(consultations.id));
}
