import { eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import {
  commissionMembers,
  competitionCriteria,
  competitions,
  offerCostLines,
  offers,
  organizationMembers,
  organizations,
  scoreSubmissions,
  scores,
  users,
} from "@/lib/db/schema";
import { defaultCriteria } from "@/lib/competitions/rules";
import { demoId } from "@/lib/demo/ids";
import { demoOfferContent } from "@/lib/demo/offer-content";
import { offerChecksum } from "@/lib/offers/checksum";
import type { OfferContent } from "@/lib/offers/content";
import { defaultYearOf, limitsOf } from "@/lib/offers/limits";
import { checkLimits, computeSums, missingFields } from "@/lib/offers/rules";

/*
 * Bulk data for the competitions part of the benchmark: its own verified organizations (one owner
 * each), competitions in the states the measured pages need, offers, reviews, scores. Plain batched
 * inserts with deterministic ids; nothing here goes through the commands (that is what `run` does).
 */

export const id = (kind: string, key: string | number) => demoId(`bench-competitions-${kind}`, String(key));
export const repEmail = (i: number) => `bench-rep-${i}@example.test`;
export const memberEmail = (m: number) => `bench-member-${m}@example.test`;

const BATCH = 400;
const DAY = 86_400_000;

async function insertBatched<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** The announcement every bench competition shares (limits the prepared offers respect). */
export const benchTerms = {
  fundingForm: "support" as const,
  budgetGrosze: 30_000_000_00,
  minGrantGrosze: 5_000_00,
  maxGrantGrosze: 60_000_00,
  minOwnFinancialBp: 500,
  minOwnNonFinancialBp: 0,
  maxAdminCostBp: 1000,
  taskStartDate: "2027-02-01",
  taskEndDate: "2027-11-30",
};
const announcement = {
  taskStart: benchTerms.taskStartDate,
  taskEnd: benchTerms.taskEndDate,
  minOwnFinancialPct: 5,
  minOwnNonFinancialPct: 0,
};

export function benchOfferContent(i: number, orgName: string): OfferContent {
  return demoOfferContent(`Zajęcia dla mieszkańców osiedla — edycja ${i + 1}`, 20_000 + (i % 40) * 1_000, announcement, orgName);
}

/** Organizations with one owner each (the representatives who submit in the rush) and commission members. */
export async function seedPeople(db: Db, organizationCount: number, memberCount: number) {
  const orgRows = Array.from({ length: organizationCount }, (_, i) => ({
    id: id("organization", i),
    name: `Stowarzyszenie Inicjatyw Lokalnych nr ${i + 1} (bench)`,
    legalForm: "association" as const,
    verificationStatus: "verified" as const,
    email: `bench-org-${i}@example.test`,
  }));
  const repRows = Array.from({ length: organizationCount }, (_, i) => ({
    id: id("rep", i),
    email: repEmail(i),
    name: `Przedstawiciel ${i + 1}`,
    passwordHash: "!bench-no-password",
    emailVerifiedAt: new Date(),
  }));
  const memberRows = Array.from({ length: memberCount }, (_, m) => ({
    id: id("member", m),
    email: memberEmail(m),
    name: `Członek Komisji ${m + 1}`,
    passwordHash: "!bench-no-password",
    emailVerifiedAt: new Date(),
  }));
  await db.transaction(async (tx) => {
    await insertBatched(orgRows, (chunk) => tx.insert(organizations).values(chunk));
    await insertBatched([...repRows, ...memberRows], (chunk) => tx.insert(users).values(chunk));
    await insertBatched(
      orgRows.map((o, i) => ({ organizationId: o.id, userId: repRows[i].id, role: "owner" as const })),
      (chunk) => tx.insert(organizationMembers).values(chunk),
    );
  });
  return { organizations: orgRows, members: memberRows };
}

/** A competition with the shared terms and the six default criteria (all apply in the support form). */
async function insertCompetition(
  tx: Tx,
  key: string,
  values: { number: string; title: string; status: (typeof competitions.$inferInsert)["status"]; offerDeadline: Date; publishedAt: Date },
) {
  const competitionId = id("competition", key);
  await tx.insert(competitions).values({
    id: competitionId,
    areaSlug: null,
    description: "Zadanie publiczne w benchmarku.",
    selectionProcedure: "Komisja konkursowa.",
    minTotalScore: 25,
    ...benchTerms,
    ...values,
  });
  const criteria = defaultCriteria().map((c, position) => ({ id: id("criterion", `${key}:${position}`), competitionId, position, ...c }));
  await tx.insert(competitionCriteria).values(criteria);
  return { competitionId, criteria };
}

type OrgRow = { id: string; name: string };

/** Offers of a competition, one per organization: drafts, or submitted with their checksum. */
async function insertOffers(
  tx: Tx,
  competitionId: string,
  orgs: OrgRow[],
  status: "draft" | "formally_accepted",
  submittedAt: Date | null,
) {
  const year = defaultYearOf(benchTerms);
  const rows: (typeof offers.$inferInsert)[] = [];
  const lines: (typeof offerCostLines.$inferInsert)[] = [];
  orgs.forEach((org, i) => {
    const content = benchOfferContent(i, org.name);
    const sums = computeSums(content, year);
    const offerId = id("offer", `${competitionId}:${i}`);
    rows.push({
      id: offerId,
      competitionId,
      organizationId: org.id,
      status,
      title: content.task.title,
      content,
      totalCostGrosze: sums.totalCost,
      requestedGrantGrosze: sums.requestedGrant,
      ownFinancialGrosze: sums.ownFinancial,
      ownNonFinancialGrosze: sums.ownNonFinancial,
      participantFeesGrosze: sums.participantFees,
      checksum: submittedAt ? offerChecksum({ competitionId, organizationId: org.id, content }) : null,
      submittedAt,
    });
    sums.lines.forEach((l, position) =>
      lines.push({
        offerId,
        position,
        kind: l.kind,
        year: l.year,
        name: l.name,
        units: (l.unitsHundredths / 100).toFixed(2),
        unit: l.unit,
        unitCostGrosze: l.unitCostGrosze,
        totalGrosze: l.totalGrosze,
      }),
    );
  });
  await insertBatched(rows, (chunk) => tx.insert(offers).values(chunk));
  await insertBatched(lines, (chunk) => tx.insert(offerCostLines).values(chunk));
  return rows.map((r) => ({ id: r.id!, requested: r.requestedGrantGrosze! }));
}

/** Accepted offers, a commission that signed, and every sheet submitted (points never above the maximum). */
async function scoreAll(
  tx: Tx,
  competitionId: string,
  criteria: { id: string; maxPoints: number }[],
  offerIds: string[],
  memberIds: string[],
  at: Date,
) {
  await tx
    .update(offers)
    .set({
      formalReviewChecklist: { complete: "yes", onTime: "yes", eligibleApplicant: "yes", withinLimits: "yes", signatures: "yes" },
      formalReviewOutcome: "passed",
      formalReviewedAt: at,
    })
    .where(inArray(offers.id, offerIds));
  await tx.insert(commissionMembers).values(
    memberIds.map((userId, m) => ({
      competitionId,
      userId,
      role: m === 0 ? ("chair" as const) : ("member" as const),
      kind: "city_staff" as const,
      createdAt: at,
      impartialitySignedAt: at,
    })),
  );
  const scoreRows: (typeof scores.$inferInsert)[] = [];
  const submissions: (typeof scoreSubmissions.$inferInsert)[] = [];
  offerIds.forEach((offerId, i) =>
    memberIds.forEach((userId, m) => {
      criteria.forEach((c, k) =>
        scoreRows.push({
          offerId,
          userId,
          criterionId: c.id,
          competitionId,
          points: Math.max(0, c.maxPoints - ((i * 7 + m * 3 + k) % 6)),
          justification: "Zgodnie z kartą oceny.",
          updatedAt: at,
        }),
      );
      submissions.push({ offerId, userId, competitionId, submittedAt: at });
    }),
  );
  await insertBatched(scoreRows, (chunk) => tx.insert(scores).values(chunk));
  await insertBatched(submissions, (chunk) => tx.insert(scoreSubmissions).values(chunk));
}

/** Results published: `count` offers scored by three members, the first third granted. */
export async function seedPublishedResults(db: Db, orgs: OrgRow[], memberIds: string[], now: Date) {
  return db.transaction(async (tx) => {
    const at = new Date(now.getTime() - 60 * DAY);
    const { competitionId, criteria } = await insertCompetition(tx, "results", {
      number: "BENCH-WYNIKI.2026",
      title: "Aktywność lokalna mieszkańców 2026 (benchmark: wyniki)",
      status: "results_published",
      offerDeadline: at,
      publishedAt: new Date(at.getTime() - 30 * DAY),
    });
    const list = await insertOffers(tx, competitionId, orgs, "formally_accepted", at);
    await scoreAll(
      tx,
      competitionId,
      criteria,
      list.map((o) => o.id),
      memberIds.slice(0, 3),
      at,
    );
    const granted = list.slice(0, Math.floor(list.length / 3));
    await tx
      .update(offers)
      .set({ status: "not_granted", grantedGrosze: 0, grantDecidedAt: at })
      .where(eq(offers.competitionId, competitionId));
    await tx
      .update(offers)
      .set({ status: "granted", grantedGrosze: sql`${offers.requestedGrantGrosze}` })
      .where(
        inArray(
          offers.id,
          granted.map((o) => o.id),
        ),
      );
    await tx.update(competitions).set({ scoringClosedAt: at, resultsPublishedAt: at }).where(eq(competitions.id, competitionId));
    return competitionId;
  });
}

/** In scoring: every offer scored by every member on every criterion (the ranking page's worst case). */
export async function seedScoredCompetition(db: Db, orgs: OrgRow[], memberIds: string[], now: Date) {
  return db.transaction(async (tx) => {
    const at = new Date(now.getTime() - 10 * DAY);
    const { competitionId, criteria } = await insertCompetition(tx, "ranking", {
      number: "BENCH-RANKING.2026",
      title: "Wsparcie seniorów 2027 (benchmark: ranking)",
      status: "scoring",
      offerDeadline: at,
      publishedAt: new Date(at.getTime() - 30 * DAY),
    });
    const list = await insertOffers(tx, competitionId, orgs, "formally_accepted", at);
    await scoreAll(
      tx,
      competitionId,
      criteria,
      list.map((o) => o.id),
      memberIds,
      at,
    );
    return competitionId;
  });
}

/** An announced competition with a deadline and one complete, valid draft per organization. */
export async function seedRushCompetition(db: Db, key: string, orgs: OrgRow[], deadline: Date) {
  return db.transaction(async (tx) => {
    const { competitionId } = await insertCompetition(tx, key, {
      number: `BENCH-TERMIN.${key}`,
      title: `Termin składania ofert (benchmark ${key})`,
      status: "announced",
      offerDeadline: deadline,
      publishedAt: new Date(deadline.getTime() - 30 * DAY),
    });
    const list = await insertOffers(tx, competitionId, orgs, "draft", null);
    return { competitionId, offerIds: list.map((o) => o.id) };
  });
}

/** Fails loudly if the prepared content would not pass the submission checks. */
export function assertSubmittable() {
  const content = benchOfferContent(0, "Stowarzyszenie (bench)");
  const sums = computeSums(content, defaultYearOf(benchTerms));
  const issues = [...missingFields(content, sums), ...checkLimits(content, sums, limitsOf(benchTerms))];
  if (issues.length) throw new Error(`bench offer content is not submittable: ${JSON.stringify(issues)}`);
}
