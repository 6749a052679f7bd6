import { and, asc, count, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { awardCategories, awardEditions, awardJurors, awardNominations, awards, awardScores } from "@/lib/db/schema/awards";
import { organizations } from "@/lib/db/schema/organizations";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { criteriaOf, juryStanding } from "./jury";
import { verifyAwardConsentToken } from "./consent";
import { nominationOpen, publishable, rankNominations } from "./rules";

/* Reads of the volunteer awards. Public reads carry no personal data but published laureates' names. */

const editionColumns = {
  id: awardEditions.id,
  year: awardEditions.year,
  status: awardEditions.status,
  nominationStart: awardEditions.nominationStart,
  nominationEnd: awardEditions.nominationEnd,
  eventId: awardEditions.eventId,
  awardId: awards.id,
  award: awards.name,
  description: awards.description,
  nominators: awards.nominators,
};

async function categoriesOf(db: Db, editionIds: string[]) {
  if (editionIds.length === 0) return [];
  return db.select().from(awardCategories).where(inArray(awardCategories.editionId, editionIds)).orderBy(asc(awardCategories.position));
}

/** Published laureates who consented to publication, by edition. */
async function laureatesOf(db: Db, editionIds: string[]) {
  if (editionIds.length === 0) return [];
  const rows = await db
    .select({
      editionId: awardNominations.editionId,
      name: awardNominations.nomineeName,
      category: awardCategories.name,
      position: awardCategories.position,
      laureateAt: awardNominations.laureateAt,
      publicationConsentAt: awardNominations.publicationConsentAt,
      status: awardEditions.status,
    })
    .from(awardNominations)
    .innerJoin(awardCategories, eq(awardCategories.id, awardNominations.categoryId))
    .innerJoin(awardEditions, eq(awardEditions.id, awardNominations.editionId))
    .where(
      and(
        inArray(awardNominations.editionId, editionIds),
        isNotNull(awardNominations.laureateAt),
        isNotNull(awardNominations.publicationConsentAt),
        eq(awardEditions.status, "published"),
      ),
    )
    .orderBy(asc(awardCategories.position), asc(awardNominations.nomineeName));
  return rows.filter((r) => publishable(r, r)).map((r) => ({ editionId: r.editionId, name: r.name, category: r.category }));
}

/** The public list of editions (newest first), a page at a time, with categories, open call and consented laureates. */
export async function listEditions(db: Db, page = 1, pageSize = 20, today?: string) {
  const [{ total }] = await db.select({ total: count() }).from(awardEditions);
  const rows = await db
    .select(editionColumns)
    .from(awardEditions)
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .orderBy(desc(awardEditions.year), asc(awards.name))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const ids = rows.map((r) => r.id);
  const [categories, laureates] = await Promise.all([categoriesOf(db, ids), laureatesOf(db, ids)]);
  const items = rows.map((r) => ({
    ...r,
    open: today ? nominationOpen(r, today) : false,
    categories: categories.filter((c) => c.editionId === r.id).map((c) => ({ id: c.id, name: c.name })),
    laureates: laureates.filter((l) => l.editionId === r.id).map((l) => ({ name: l.name, category: l.category })),
  }));
  return { total, page, pageSize, items };
}

export type PublicEdition = Awaited<ReturnType<typeof listEditions>>["items"][number];

/** The open-data shape of an edition (no e-mails, no nominees but published laureates). */
export function editionToApi(e: PublicEdition) {
  return {
    id: e.id,
    award: e.award,
    year: e.year,
    status: e.status,
    nominationStart: e.nominationStart,
    nominationEnd: e.nominationEnd,
    nominators: e.nominators,
    categories: e.categories.map((c) => c.name),
    laureates: e.status === "published" ? e.laureates : [],
  };
}

/** One edition's public page. */
export async function getEdition(db: Db, id: string, today?: string) {
  const [row] = await db
    .select(editionColumns)
    .from(awardEditions)
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .where(eq(awardEditions.id, id));
  if (!row) return null;
  const [categories, laureates] = await Promise.all([categoriesOf(db, [id]), laureatesOf(db, [id])]);
  return {
    ...row,
    open: today ? nominationOpen(row, today) : false,
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    laureates: laureates.map((l) => ({ name: l.name, category: l.category })),
  };
}

/** What the consent page shows for a signed link (null when the link is not genuine). */
export async function awardConsentRequest(db: Db, token: string) {
  const claim = verifyAwardConsentToken(token, await unsubscribeSecret());
  if (!claim) return null;
  const [row] = await db
    .select({
      nomination: awardNominations,
      category: awardCategories.name,
      award: awards.name,
      year: awardEditions.year,
      status: awardEditions.status,
    })
    .from(awardNominations)
    .innerJoin(awardCategories, eq(awardCategories.id, awardNominations.categoryId))
    .innerJoin(awardEditions, eq(awardEditions.id, awardNominations.editionId))
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .where(eq(awardNominations.id, claim.nominationId));
  if (!row || row.nomination.nomineeEmail !== claim.email) return null;
  if (claim.kind === "publication" && (row.status !== "published" || !row.nomination.laureateAt)) return null;
  const n = row.nomination;
  return {
    kind: claim.kind,
    name: n.nomineeName,
    justification: n.justification,
    category: row.category,
    award: row.award,
    year: row.year,
    done: claim.kind === "nomination" ? n.status === "consented" : n.publicationConsentAt !== null,
  };
}

/** The nomination form's edition and the organizations the person may nominate for. */
export async function nominationForm(db: Db, principal: Principal, editionId: string, today: string) {
  const edition = await getEdition(db, editionId, today);
  if (!edition) return null;
  const orgIds = [...principal.organizations.keys()];
  const orgs = orgIds.length
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, orgIds))
        .orderBy(asc(organizations.name))
    : [];
  return { edition, organizations: orgs };
}

/** Staff: every award and its editions. */
export async function manageOverview(db: Db, principal: Principal) {
  authorize(principal, "award.manage");
  const [list, editions] = await Promise.all([
    db.select().from(awards).orderBy(asc(awards.name)),
    db
      .select(editionColumns)
      .from(awardEditions)
      .innerJoin(awards, eq(awards.id, awardEditions.awardId))
      .orderBy(desc(awardEditions.year), asc(awards.name)),
  ]);
  return { awards: list, editions };
}

/** Each consented nomination's sheets: every member's total (a sheet is submitted whole). */
async function sheetsOf(db: Db, editionId: string) {
  return db
    .select({ nominationId: awardScores.nominationId, userId: awardScores.userId, total: sql<number>`sum(${awardScores.points})::int` })
    .from(awardScores)
    .innerJoin(awardNominations, eq(awardNominations.id, awardScores.nominationId))
    .where(eq(awardNominations.editionId, editionId))
    .groupBy(awardScores.nominationId, awardScores.userId);
}

/** Staff: one edition with its jury, every nomination and the jury's ranking of the consented ones. */
export async function manageEdition(db: Db, principal: Principal, editionId: string) {
  authorize(principal, "award.manage");
  const [edition] = await db
    .select(editionColumns)
    .from(awardEditions)
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .where(eq(awardEditions.id, editionId));
  if (!edition) return null;
  const [jury, nominations, sheets] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email, declaredAt: awardJurors.declaredAt })
      .from(awardJurors)
      .innerJoin(users, eq(users.id, awardJurors.userId))
      .where(eq(awardJurors.editionId, editionId))
      .orderBy(asc(users.name)),
    db
      .select({
        id: awardNominations.id,
        nomineeName: awardNominations.nomineeName,
        status: awardNominations.status,
        laureateAt: awardNominations.laureateAt,
        publicationConsentAt: awardNominations.publicationConsentAt,
        category: awardCategories.name,
        position: awardCategories.position,
      })
      .from(awardNominations)
      .innerJoin(awardCategories, eq(awardCategories.id, awardNominations.categoryId))
      .where(eq(awardNominations.editionId, editionId))
      .orderBy(asc(awardCategories.position), asc(awardNominations.createdAt)),
    sheetsOf(db, editionId),
  ]);
  const consented = nominations.filter((n) => n.status === "consented");
  const ranking = rankNominations(
    consented.map((n) => ({
      nominationId: n.id,
      totals: sheets.filter((s) => s.nominationId === n.id).map((s) => ({ userId: s.userId, total: Number(s.total) })),
    })),
  ).map((row) => ({ ...row, nomination: consented.find((n) => n.id === row.nominationId)! }));
  return { edition, jury, nominations, ranking };
}

/** The editions whose jury the person sits on. */
export async function myJuries(db: Db, principal: Principal) {
  return db
    .select({ ...editionColumns, declaredAt: awardJurors.declaredAt })
    .from(awardJurors)
    .innerJoin(awardEditions, eq(awardEditions.id, awardJurors.editionId))
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .where(eq(awardJurors.userId, principal.userId))
    .orderBy(desc(awardEditions.year));
}

/**
 * A jury member's desk: the edition and her declaration; the consented nominations with her own
 * sheets only once she declared impartiality. Anyone not on the jury is refused.
 */
export async function juryDesk(db: Db, principal: Principal, editionId: string) {
  const standing = await juryStanding(db, editionId, principal.userId);
  authorize(principal, "award.jury.declare", { awardJury: standing });
  const [edition] = await db
    .select(editionColumns)
    .from(awardEditions)
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .where(eq(awardEditions.id, editionId));
  if (!edition) return null;
  const [me] = await db
    .select({ declaredAt: awardJurors.declaredAt })
    .from(awardJurors)
    .where(and(eq(awardJurors.editionId, editionId), eq(awardJurors.userId, principal.userId)));
  if (!standing.declared) return { edition, declaredAt: null, nominations: null };
  authorize(principal, "award.nominations.view", { awardJury: standing });
  const [nominations, sheets] = await Promise.all([
    db
      .select({ id: awardNominations.id, nomineeName: awardNominations.nomineeName, category: awardCategories.name })
      .from(awardNominations)
      .innerJoin(awardCategories, eq(awardCategories.id, awardNominations.categoryId))
      .where(and(eq(awardNominations.editionId, editionId), eq(awardNominations.status, "consented")))
      .orderBy(asc(awardCategories.position), asc(awardNominations.nomineeName)),
    sheetsOf(db, editionId),
  ]);
  return {
    edition,
    declaredAt: me?.declaredAt ?? null,
    nominations: nominations.map((n) => {
      const mine = sheets.find((s) => s.nominationId === n.id && s.userId === principal.userId);
      return { ...n, myTotal: mine ? Number(mine.total) : null };
    }),
  };
}

/**
 * One consented nomination for a declared jury member to score: its justification, the edition's
 * criteria and her own sheet if submitted. Not declared: refused (the declaration comes first).
 */
export async function juryNomination(db: Db, principal: Principal, editionId: string, nominationId: string) {
  const standing = await juryStanding(db, editionId, principal.userId);
  authorize(principal, "award.jury.score", { awardJury: standing });
  const [row] = await db
    .select({
      id: awardNominations.id,
      nomineeName: awardNominations.nomineeName,
      justification: awardNominations.justification,
      category: awardCategories.name,
      nominatorKind: awardNominations.nominatorKind,
      schoolName: awardNominations.schoolName,
      organization: organizations.name,
      status: awardEditions.status,
      award: awards.name,
      year: awardEditions.year,
    })
    .from(awardNominations)
    .innerJoin(awardCategories, eq(awardCategories.id, awardNominations.categoryId))
    .innerJoin(awardEditions, eq(awardEditions.id, awardNominations.editionId))
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .leftJoin(organizations, eq(organizations.id, awardNominations.nominatorOrganizationId))
    .where(and(eq(awardNominations.id, nominationId), eq(awardNominations.editionId, editionId), eq(awardNominations.status, "consented")));
  if (!row) return null;
  const [criteria, mine] = await Promise.all([
    criteriaOf(db, editionId),
    db
      .select({ criterionId: awardScores.criterionId, points: awardScores.points, justification: awardScores.justification })
      .from(awardScores)
      .where(and(eq(awardScores.nominationId, nominationId), eq(awardScores.userId, principal.userId))),
  ]);
  return { nomination: row, criteria, mine };
}
