import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, ne, sql } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import {
  contracts,
  organizations,
  publicTaskAreas,
  smallGrantComments,
  smallGrantLimitSets,
  smallGrantPools,
  smallGrants,
  users,
} from "@/lib/db/schema";
import { limitSets } from "./store";
import { isId } from "@/lib/core/ids";

const listColumns = {
  id: smallGrants.id,
  title: smallGrants.title,
  status: smallGrants.status,
  organizationId: smallGrants.organizationId,
  organizationName: organizations.name,
  grantGrosze: smallGrants.grantGrosze,
  year: smallGrants.year,
  submittedAt: smallGrants.submittedAt,
  publishBy: smallGrants.publishBy,
  publishedAt: smallGrants.publishedAt,
  commentsCloseAt: smallGrants.commentsCloseAt,
  contractId: smallGrants.contractId,
  updatedAt: smallGrants.updatedAt,
};

/** The small grants of the principal's organizations, newest first. */
export async function listMySmallGrants(db: Db, principal: Principal) {
  authorize(principal, "smallGrant.listMine");
  const ids = [...principal.organizations.keys()];
  return db
    .select(listColumns)
    .from(smallGrants)
    .innerJoin(organizations, eq(organizations.id, smallGrants.organizationId))
    .where(inArray(smallGrants.organizationId, ids))
    .orderBy(desc(smallGrants.updatedAt));
}

const unanswered = sql<number>`(select count(*)::int from ${smallGrantComments} c where c.small_grant_id = ${smallGrants.id} and c.answer is null)`;
const commentCount = sql<number>`(select count(*)::int from ${smallGrantComments} c where c.small_grant_id = ${smallGrants.id})`;

/** Every submitted small grant for the administrator (drafts stay private to the organization). */
export async function listSmallGrantsForAdmin(db: Db, principal: Principal | null) {
  authorize(principal, "smallGrant.manage");
  return db
    .select({ ...listColumns, comments: commentCount, unanswered })
    .from(smallGrants)
    .innerJoin(organizations, eq(organizations.id, smallGrants.organizationId))
    .where(ne(smallGrants.status, "draft"))
    .orderBy(
      asc(sql`case ${smallGrants.status} when 'submitted' then 0 when 'published' then 1 else 2 end`),
      desc(smallGrants.submittedAt),
    );
}

async function detail(db: Db, id: string) {
  const [row] = await db
    .select({
      grant: smallGrants,
      organizationName: organizations.name,
      areaPl: publicTaskAreas.namePl,
      areaEn: publicTaskAreas.nameEn,
      contractNumber: contracts.number,
      contractStatus: contracts.status,
    })
    .from(smallGrants)
    .innerJoin(organizations, eq(organizations.id, smallGrants.organizationId))
    .leftJoin(publicTaskAreas, eq(publicTaskAreas.slug, smallGrants.areaSlug))
    .leftJoin(contracts, eq(contracts.id, smallGrants.contractId))
    .where(eq(smallGrants.id, id));
  return row ?? null;
}

function commentsOf(db: Db, id: string) {
  return db
    .select({
      id: smallGrantComments.id,
      body: smallGrantComments.body,
      createdAt: smallGrantComments.createdAt,
      answer: smallGrantComments.answer,
      answeredAt: smallGrantComments.answeredAt,
      authorName: users.name,
    })
    .from(smallGrantComments)
    .leftJoin(users, eq(users.id, smallGrantComments.authorId))
    .where(eq(smallGrantComments.smallGrantId, id))
    .orderBy(asc(smallGrantComments.createdAt));
}

/** For the organization's own pages and the administrator (IDOR: authorized per organization). */
export async function getSmallGrant(db: Db, principal: Principal | null, id: string) {
  if (!isId(id)) return null;
  const row = await detail(db, id);
  if (!row) return null;
  authorize(principal, "smallGrant.view", { organizationId: row.grant.organizationId });
  if (row.grant.status === "draft") authorize(principal, "smallGrant.edit", { organizationId: row.grant.organizationId });
  return { ...row, comments: await commentsOf(db, id) };
}

/** Public: offers in their comment window, and those whose window has ended awaiting a decision. */
export async function listPublicSmallGrants(db: Db, now: Date) {
  return db
    .select({ ...listColumns, areaPl: publicTaskAreas.namePl, areaEn: publicTaskAreas.nameEn, comments: commentCount })
    .from(smallGrants)
    .innerJoin(organizations, eq(organizations.id, smallGrants.organizationId))
    .leftJoin(publicTaskAreas, eq(publicTaskAreas.slug, smallGrants.areaSlug))
    .where(and(eq(smallGrants.status, "published"), isNotNull(smallGrants.commentsCloseAt), gt(smallGrants.commentsCloseAt, now)))
    .orderBy(asc(smallGrants.commentsCloseAt));
}

/** Public detail of a published (or decided) offer; comments without their authors' names. */
export async function getPublicSmallGrant(db: Db, id: string) {
  if (!isId(id)) return null;
  const row = await detail(db, id);
  if (!row || !row.grant.publishedAt || !["published", "accepted", "refused"].includes(row.grant.status)) return null;
  const g = row.grant;
  // only what the public may see: no draft, no people
  const grant = {
    id: g.id,
    status: g.status,
    title: g.title,
    character: g.character,
    description: g.description,
    expectedResults: g.expectedResults,
    startDate: g.startDate,
    endDate: g.endDate,
    costLines: g.costLines,
    grantGrosze: g.grantGrosze,
    ownGrosze: g.ownGrosze,
    publishedAt: g.publishedAt,
    commentsCloseAt: g.commentsCloseAt,
    refusalReason: g.refusalReason,
  };
  const comments = (await commentsOf(db, id)).map((c) => ({
    id: c.id,
    body: c.body,
    createdAt: c.createdAt,
    answer: c.answer,
    answeredAt: c.answeredAt,
  }));
  return { ...row, grant, comments };
}

export async function limitSettings(db: Db, principal: Principal | null) {
  authorize(principal, "smallGrant.settings");
  const [sets, pools] = await Promise.all([limitSets(db), db.select().from(smallGrantPools).orderBy(desc(smallGrantPools.year))]);
  return { sets, pools };
}

export function taskAreaOptions(db: Db) {
  return db
    .select({ slug: publicTaskAreas.slug, point: publicTaskAreas.point, namePl: publicTaskAreas.namePl, nameEn: publicTaskAreas.nameEn })
    .from(publicTaskAreas)
    .orderBy(asc(publicTaskAreas.sortOrder));
}

/** Verified organizations of the principal (those that may submit small grants). */
export async function submittingOrganizations(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()];
  if (!ids.length) return [];
  return db
    .select({ id: organizations.id, name: organizations.name, status: organizations.verificationStatus })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name));
}

/** The limit set an offer was checked against at its submission (the administrator's page shows it). */
export async function limitSetOf(db: Db, limitSetId: string | null) {
  if (!limitSetId) return null;
  const [set] = await db.select().from(smallGrantLimitSets).where(eq(smallGrantLimitSets.id, limitSetId));
  return set ?? null;
}

/** Every small grant with a public page (published or decided, as getPublicSmallGrant), for the sitemap. */
export function publicSmallGrantStamps(db: Db) {
  return db
    .select({ id: smallGrants.id, updatedAt: smallGrants.updatedAt })
    .from(smallGrants)
    .where(and(isNotNull(smallGrants.publishedAt), inArray(smallGrants.status, ["published", "accepted", "refused"])))
    .orderBy(desc(smallGrants.publishedAt), asc(smallGrants.id));
}
