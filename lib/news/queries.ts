import "server-only";
import { and, arrayOverlaps, asc, count, desc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { newsAnnouncements, newsItems, newsMailings, organizations, publicTaskAreas } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { warsawToday } from "@/lib/dates/warsaw";
import type { Paging } from "@/lib/http/paging";
import { mailingItems, mailingSettings } from "./mailing";
import { changedFields, planMailings, type NewsType } from "./rules";

export interface NewsFilters {
  type?: NewsType;
  area?: string;
}

const publicColumns = {
  id: newsItems.id,
  title: newsItems.title,
  lead: newsItems.lead,
  type: newsItems.type,
  areas: newsItems.areas,
  links: newsItems.links,
  publishAt: newsItems.publishAt,
  organizationId: newsItems.organizationId,
  organizationName: organizations.name,
};

function publicWhere(now: Date, filters: NewsFilters) {
  return and(
    eq(newsItems.status, "published"),
    lte(newsItems.publishAt, now),
    filters.type ? eq(newsItems.type, filters.type) : undefined,
    filters.area ? arrayOverlaps(newsItems.areas, [filters.area]) : undefined,
  );
}

/** The public list: published items whose time has come, the newest first, one page (no personal data). */
export async function listPublicNews(db: Db, now: Date, filters: NewsFilters, paging: Paging) {
  const where = publicWhere(now, filters);
  const [[{ total }], items] = await Promise.all([
    db.select({ total: count() }).from(newsItems).where(where),
    db
      .select(publicColumns)
      .from(newsItems)
      .leftJoin(organizations, eq(organizations.id, newsItems.organizationId))
      .where(where)
      .orderBy(desc(newsItems.publishAt), desc(newsItems.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
  ]);
  return { total, page: paging.page, pageSize: paging.pageSize, pageCount: Math.max(1, Math.ceil(total / paging.pageSize)), items };
}

/** One public item with its body (null when unknown, a draft, or not yet published). */
export async function getPublicNews(db: Db, id: string, now: Date) {
  const [row] = await db
    .select({ ...publicColumns, body: newsItems.body })
    .from(newsItems)
    .leftJoin(organizations, eq(organizations.id, newsItems.organizationId))
    .where(and(eq(newsItems.id, id), publicWhere(now, {})));
  return row ?? null;
}

/** The latest published items (the Atom feed). */
export async function latestNews(db: Db, now: Date, limit = 50) {
  return db
    .select({ ...publicColumns, body: newsItems.body, updatedAt: newsItems.updatedAt })
    .from(newsItems)
    .leftJoin(organizations, eq(organizations.id, newsItems.organizationId))
    .where(publicWhere(now, {}))
    .orderBy(desc(newsItems.publishAt))
    .limit(limit);
}

/** Task areas named in the page's language (filters, forms). */
export async function newsAreaChoices(db: Db, locale: "pl" | "en") {
  const rows = await db.select().from(publicTaskAreas).orderBy(asc(publicTaskAreas.sortOrder));
  return rows.map((a) => ({ slug: a.slug, name: locale === "en" ? a.nameEn : a.namePl }));
}

/** The archive of sent mailings (with their items), the newest first. */
export async function listSentMailings(db: Db, paging: Paging) {
  const where = and(eq(newsMailings.status, "sent"), sql`exists (select 1 from news_items i where i.mailing_id = ${newsMailings.id})`);
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(newsMailings).where(where),
    db
      .select({ id: newsMailings.id, day: newsMailings.day, sentAt: newsMailings.sentAt })
      .from(newsMailings)
      .where(where)
      .orderBy(desc(newsMailings.day))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
  ]);
  const items = await mailingItems(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / paging.pageSize)),
    mailings: rows.map((r) => ({ ...r, items: items.filter((i) => i.mailingId === r.id) })),
  };
}

/** Staff's desk: every item (drafts first), the queue's plan for the next three mailings, the announcements to decide, the settings. */
export async function newsDesk(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "news.manage");
  const [items, pending, settings, [today]] = await Promise.all([
    db
      .select({
        id: newsItems.id,
        title: newsItems.title,
        type: newsItems.type,
        status: newsItems.status,
        publishAt: newsItems.publishAt,
        mailStatus: newsItems.mailStatus,
        queueRank: newsItems.queueRank,
        sourceKind: newsItems.sourceKind,
        organizationName: organizations.name,
        updatedAt: newsItems.updatedAt,
      })
      .from(newsItems)
      .leftJoin(organizations, eq(organizations.id, newsItems.organizationId))
      .orderBy(asc(newsItems.status), desc(newsItems.updatedAt))
      .limit(200),
    db
      .select({
        id: newsAnnouncements.id,
        title: newsAnnouncements.title,
        kind: newsAnnouncements.kind,
        organizationName: organizations.name,
        createdAt: newsAnnouncements.createdAt,
      })
      .from(newsAnnouncements)
      .innerJoin(organizations, eq(organizations.id, newsAnnouncements.organizationId))
      .where(eq(newsAnnouncements.status, "pending"))
      .orderBy(asc(newsAnnouncements.createdAt)),
    mailingSettings(db),
    db
      .select({ id: newsMailings.id })
      .from(newsMailings)
      .where(eq(newsMailings.day, warsawToday(now))),
  ]);
  const queue = await db
    .select({
      id: newsItems.id,
      title: newsItems.title,
      rank: newsItems.queueRank,
      publishAt: newsItems.publishAt,
      mailStatus: newsItems.mailStatus,
    })
    .from(newsItems)
    .where(and(eq(newsItems.status, "published"), inArray(newsItems.mailStatus, ["queued", "held"]), isNotNull(newsItems.queueRank)))
    .orderBy(asc(newsItems.queueRank));
  const plan = planMailings(
    queue.map((q) => ({ ...q, rank: q.rank ?? 0, held: q.mailStatus === "held" })),
    now,
    settings,
    { days: 3, sentToday: !!today },
  );
  return { items, pending, settings, queue, plan };
}

/** One item for the staff editor (any status). */
export async function newsItemForStaff(db: Db, principal: Principal | null, id: string) {
  authorize(principal, "news.manage");
  const [row] = await db.select().from(newsItems).where(eq(newsItems.id, id));
  return row ?? null;
}

/** One announcement for staff's decision. */
export async function announcementForStaff(db: Db, principal: Principal | null, id: string) {
  authorize(principal, "news.manage");
  const [row] = await db
    .select({ announcement: newsAnnouncements, organizationName: organizations.name })
    .from(newsAnnouncements)
    .innerJoin(organizations, eq(organizations.id, newsAnnouncements.organizationId))
    .where(eq(newsAnnouncements.id, id));
  return row ?? null;
}

/** The organizations' announcements the person may see (those of the organizations they represent), with what staff changed. */
export async function myAnnouncements(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  const orgIds = [...principal.organizations.keys()];
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({ announcement: newsAnnouncements, organizationName: organizations.name, item: newsItems })
    .from(newsAnnouncements)
    .innerJoin(organizations, eq(organizations.id, newsAnnouncements.organizationId))
    .leftJoin(newsItems, eq(newsItems.id, newsAnnouncements.newsItemId))
    .where(inArray(newsAnnouncements.organizationId, orgIds))
    .orderBy(desc(newsAnnouncements.updatedAt));
  return rows.map((r) => ({
    ...r.announcement,
    organizationName: r.organizationName,
    newsItemId: r.item?.id ?? null,
    changed: r.item ? changedFields(r.announcement, r.item) : [],
    published: r.item ? { title: r.item.title, lead: r.item.lead, body: r.item.body } : null,
  }));
}

/** One announcement of the person's organization (to send a returned one again). */
export async function myAnnouncement(db: Db, principal: Principal | null, id: string) {
  authorize(principal, "account.view");
  const [row] = await db.select().from(newsAnnouncements).where(eq(newsAnnouncements.id, id));
  if (!row) return null;
  authorize(principal, "news.announce", { organizationId: row.organizationId });
  return row;
}

/** The organizations the person may propose announcements for. */
export async function announcingOrganizations(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name));
}
