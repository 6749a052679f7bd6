import { and, asc, count, countDistinct, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { competitionCriteria, competitions, offers, publicTaskAreas, scoreSubmissions } from "@/lib/db/schema";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isId } from "@/lib/core/ids";
import { effectiveStatus } from "./rules";
import type { CompetitionCounts } from "./stage";

/** Fields anyone may see (the announcement, art. 13 ust. 2). */
const publicFields = {
  id: competitions.id,
  number: competitions.number,
  title: competitions.title,
  status: competitions.status,
  areaSlug: competitions.areaSlug,
  areaNamePl: publicTaskAreas.namePl,
  areaNameEn: publicTaskAreas.nameEn,
  fundingForm: competitions.fundingForm,
  description: competitions.description,
  grantRules: competitions.grantRules,
  taskConditions: competitions.taskConditions,
  budgetGrosze: competitions.budgetGrosze,
  minGrantGrosze: competitions.minGrantGrosze,
  maxGrantGrosze: competitions.maxGrantGrosze,
  minOwnFinancialBp: competitions.minOwnFinancialBp,
  minOwnNonFinancialBp: competitions.minOwnNonFinancialBp,
  maxAdminCostBp: competitions.maxAdminCostBp,
  taskStartDate: competitions.taskStartDate,
  taskEndDate: competitions.taskEndDate,
  publishedAt: competitions.publishedAt,
  offerDeadline: competitions.offerDeadline,
  selectionProcedure: competitions.selectionProcedure,
  selectionDate: competitions.selectionDate,
  previousTasks: competitions.previousTasks,
  documents: competitions.documents,
  minTotalScore: competitions.minTotalScore,
  noPreviousTasks: competitions.noPreviousTasks,
  reservesCancellation: competitions.reservesCancellation,
  cancellationReason: competitions.cancellationReason,
  cancelledAt: competitions.cancelledAt,
  voidGround: competitions.voidGround,
  voidJustification: competitions.voidJustification,
  voidedAt: competitions.voidedAt,
};

export type PublicCompetition = Awaited<ReturnType<typeof getPublicCompetition>>;

const notDraft = sql`${competitions.status} <> 'draft'`;

export interface CompetitionFilters {
  year?: number;
  area?: string;
}

/** Published competitions (never drafts), newest deadline first; filters by deadline year and area. */
export async function listPublicCompetitions(db: Db, filters: CompetitionFilters = {}) {
  const where = and(
    notDraft,
    filters.year ? sql`extract(year from ${competitions.offerDeadline} at time zone 'Europe/Warsaw') = ${filters.year}` : undefined,
    filters.area ? eq(competitions.areaSlug, filters.area) : undefined,
  );
  return db
    .select(publicFields)
    .from(competitions)
    .leftJoin(publicTaskAreas, eq(publicTaskAreas.slug, competitions.areaSlug))
    .where(where)
    .orderBy(desc(competitions.offerDeadline), asc(competitions.number));
}

export async function competitionYears(db: Db) {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${competitions.offerDeadline} at time zone 'Europe/Warsaw')::int` })
    .from(competitions)
    .where(and(notDraft, sql`${competitions.offerDeadline} is not null`));
  return rows.map((r) => Number(r.year)).sort((a, b) => b - a);
}

export async function getPublicCompetition(db: Db, id: string) {
  if (!isId(id)) return null;
  const [row] = await db
    .select(publicFields)
    .from(competitions)
    .leftJoin(publicTaskAreas, eq(publicTaskAreas.slug, competitions.areaSlug))
    .where(and(eq(competitions.id, id), notDraft));
  if (!row) return null;
  const criteria = await criteriaOf(db, id);
  return { ...row, criteria };
}

export function criteriaOf(db: Db, competitionId: string) {
  return db
    .select({
      id: competitionCriteria.id,
      kind: competitionCriteria.kind,
      name: competitionCriteria.name,
      maxPoints: competitionCriteria.maxPoints,
      supportOnly: competitionCriteria.supportOnly,
    })
    .from(competitionCriteria)
    .where(eq(competitionCriteria.competitionId, competitionId))
    .orderBy(asc(competitionCriteria.position));
}

export function taskAreas(db: Db) {
  return db.select().from(publicTaskAreas).orderBy(asc(publicTaskAreas.sortOrder));
}

/** Administration: every competition with its offer counts (the status as of now: a passed deadline closes the offers). */
export async function listCompetitionsForAdmin(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "competition.manage");
  const rows = await db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      status: competitions.status,
      offerDeadline: competitions.offerDeadline,
      offers: count(offers.id),
    })
    .from(competitions)
    .leftJoin(offers, and(eq(offers.competitionId, competitions.id), sql`${offers.status} not in ('draft','withdrawn')`))
    .groupBy(competitions.id)
    .orderBy(desc(competitions.createdAt));
  return rows.map((r) => ({ ...r, status: effectiveStatus(r, now) }));
}

export async function getCompetitionForAdmin(db: Db, principal: Principal | null, id: string, now = new Date()) {
  authorize(principal, "competition.manage");
  if (!isId(id)) return null;
  const [row] = await db.select().from(competitions).where(eq(competitions.id, id));
  if (!row) return null;
  return { ...row, status: effectiveStatus(row, now), criteria: await criteriaOf(db, id) };
}

/** The home page: competitions taking offers now (announced, deadline ahead), the nearest deadline first; `total`: all of them. */
export function openCompetitionsNow(db: Db, now: Date, limit: number) {
  return db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      offerDeadline: competitions.offerDeadline,
      total: sql<number>`(count(*) over ())::int`.mapWith(Number),
    })
    .from(competitions)
    .where(and(eq(competitions.status, "announced"), sql`${competitions.offerDeadline} > ${now.toISOString()}::timestamptz`))
    .orderBy(asc(competitions.offerDeadline), asc(competitions.number))
    .limit(limit);
}

/** The home page: competitions whose results were published most recently (a voided one's results no longer stand). */
export function latestPublishedResults(db: Db, limit: number) {
  return db
    .select({
      id: competitions.id,
      number: competitions.number,
      title: competitions.title,
      resultsPublishedAt: competitions.resultsPublishedAt,
    })
    .from(competitions)
    .where(and(sql`${competitions.resultsPublishedAt} is not null`, sql`${competitions.voidedAt} is null`))
    .orderBy(desc(competitions.resultsPublishedAt), asc(competitions.number))
    .limit(limit);
}

/** Every published competition (never a draft), for the sitemap; updatedAt is null until the first change. */
export function publicCompetitionStamps(db: Db) {
  return db
    .select({
      id: competitions.id,
      updatedAt: sql<Date>`coalesce(${competitions.updatedAt}, ${competitions.publishedAt})`.mapWith(competitions.updatedAt),
    })
    .from(competitions)
    .where(notDraft)
    .orderBy(desc(competitions.offerDeadline), asc(competitions.id));
}

const acceptedStatuses = ["formally_accepted", "scored", "granted", "not_granted", "awaiting_update", "updated"] as const;

/** The offers of a competition counted by where they are in the procedure (the status tab). */
export async function competitionCounts(db: Db, principal: Principal | null, competitionId: string): Promise<CompetitionCounts> {
  authorize(principal, "competition.manage");
  const inCompetition = eq(offers.competitionId, competitionId);
  const [[row], [scored]] = await Promise.all([
    db
      .select({
        submitted: count(),
        inFormalReview: sql<number>`count(*) filter (where ${inArray(offers.status, ["submitted", "correction_requested"])})`.mapWith(
          Number,
        ),
        formallyAccepted: sql<number>`count(*) filter (where ${inArray(offers.status, [...acceptedStatuses])})`.mapWith(Number),
        granted: sql<number>`count(*) filter (where ${offers.grantedGrosze} > 0)`.mapWith(Number),
      })
      .from(offers)
      .where(and(inCompetition, notInArray(offers.status, ["draft", "withdrawn"]))),
    db
      .select({ n: countDistinct(scoreSubmissions.offerId) })
      .from(scoreSubmissions)
      .innerJoin(offers, eq(offers.id, scoreSubmissions.offerId))
      .where(and(eq(scoreSubmissions.competitionId, competitionId), inArray(offers.status, [...acceptedStatuses]))),
  ]);
  return { ...row, scored: scored.n };
}
