import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { defaultCriteria } from "@/lib/competitions/rules";
import type { Db, Tx } from "@/lib/db/open";
import { commissionMembers, competitionCriteria, competitions, offers, organizations, scoreSubmissions, scores } from "@/lib/db/schema";
import { offerChecksum } from "@/lib/offers/checksum";
import { rankingOf } from "@/lib/scoring/ranking";
import { computeSums } from "@/lib/offers/rules";
import { demoOfferContent } from "./competitions";
import { demoId } from "./demo";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";

/*
 * Part B demo: DSS-I.526.3.2026 in scoring (formal review done, chair and Robert signed and scored
 * some offers, komisja@demo.test not signed yet), DE-III.526.2.2026 with results published, and two
 * competitions reserved for the e2e journeys: DSS-I.526.31.2026 (formal review) and
 * DSS-I.526.32.2026 (scoring, chaired by the admin; robert.dabrowski@demo.test has not signed there;
 * komisja@demo.test stays on one commission only, as the foundation journeys expect). Idempotent: marker = the e2e competition.
 */
export const E2E_REVIEW_NUMBER = "DSS-I.526.31.2026";
export const E2E_SCORING_NUMBER = "DSS-I.526.32.2026";

const user = (email: string) => demoId("user", email);
const ok = { complete: "yes", onTime: "yes", eligibleApplicant: "yes", withinLimits: "yes", signatures: "yes" } as const;
const reviewedAt = (iso: string) => new Date(iso);

async function criteriaOf(tx: Tx, competitionId: string) {
  return tx
    .select()
    .from(competitionCriteria)
    .where(eq(competitionCriteria.competitionId, competitionId))
    .orderBy(asc(competitionCriteria.position));
}

async function acceptAll(tx: Tx, competitionId: string, at: Date) {
  const list = await tx
    .select()
    .from(offers)
    .where(and(eq(offers.competitionId, competitionId), eq(offers.status, "submitted")))
    .orderBy(asc(offers.submittedAt));
  for (const o of list) {
    await tx
      .update(offers)
      .set({
        status: "formally_accepted",
        formalReviewChecklist: ok,
        formalReviewOutcome: "passed",
        formalReviewedBy: user("admin@demo.test"),
        formalReviewedAt: at,
      })
      .where(eq(offers.id, o.id));
  }
  return list;
}

async function commission(
  tx: Tx,
  competitionId: string,
  rows: { email: string; kind: "city_staff" | "ngo_nominee" | "expert"; org?: string; signedAt?: Date }[],
  at: Date,
) {
  for (const r of rows) {
    await tx
      .update(commissionMembers)
      .set({
        kind: r.kind,
        nominatingOrganizationId: r.org ?? null,
        appointedBy: user("admin@demo.test"),
        createdAt: at,
        impartialitySignedAt: r.signedAt ?? null,
      })
      .where(and(eq(commissionMembers.competitionId, competitionId), eq(commissionMembers.userId, user(r.email))));
  }
}

/** A submitted sheet: points per criterion from a pattern, never above the maximum. */
async function score(
  tx: Tx,
  competitionId: string,
  offerId: string,
  email: string,
  criteria: { id: string; maxPoints: number }[],
  level: number,
  at: Date,
) {
  await tx.insert(scores).values(
    criteria.map((c, i) => ({
      offerId,
      userId: user(email),
      criterionId: c.id,
      competitionId,
      points: Math.max(0, Math.min(c.maxPoints, Math.round(c.maxPoints * level) - (i % 2))),
      justification: "Ocena zgodna z opisem w ofercie i doświadczeniem oferenta.",
      updatedAt: at,
    })),
  );
  await tx.insert(scoreSubmissions).values({ offerId, userId: user(email), competitionId, submittedAt: at });
}

async function e2eCompetition(
  tx: Tx,
  number: string,
  title: string,
  status: "formal_review" | "scoring",
  orgs: { id: string; name: string }[],
  now: Date,
) {
  const id = demoId("competition", number);
  const a = { taskStart: "2027-03-01", taskEnd: "2027-11-30", minOwnFinancialPct: 5, minOwnNonFinancialPct: 0 };
  await tx.insert(competitions).values({
    id,
    number,
    title,
    status,
    areaSlug: "health",
    fundingForm: "support",
    description: "Konkurs demonstracyjny: ocena formalna, komisja, ocena merytoryczna i decyzje.",
    budgetGrosze: 50_000_00,
    minTotalScore: 15,
    publishedAt: new Date(now.getTime() - 40 * 86_400_000),
    offerDeadline: new Date(now.getTime() - 10 * 86_400_000),
    createdAt: new Date(now.getTime() - 41 * 86_400_000),
  });
  await tx.insert(competitionCriteria).values(
    defaultCriteria()
      .slice(0, 3)
      .map((c, position) => ({ ...c, competitionId: id, position })),
  );
  const titles = [
    "Klub wsparcia rówieśniczego",
    "Warsztaty radzenia sobie ze stresem",
    "Dyżury psychologa w szkołach",
    "Letnia szkoła uważności",
  ];
  for (const [i, org] of orgs.entries()) {
    const content = demoOfferContent(`${titles[i]} (${number})`, 40_000, a, org.name);
    const sums = computeSums(content, 2027);
    const submittedAt = new Date(now.getTime() - (11 + i) * 86_400_000);
    await tx.insert(offers).values({
      id: demoId("offer", `${id}:${org.id}`),
      competitionId: id,
      organizationId: org.id,
      status: "submitted",
      title: content.task.title,
      content,
      totalCostGrosze: sums.totalCost,
      requestedGrantGrosze: sums.requestedGrant,
      ownFinancialGrosze: sums.ownFinancial,
      ownNonFinancialGrosze: sums.ownNonFinancial,
      participantFeesGrosze: sums.participantFees,
      checksum: offerChecksum({ competitionId: id, organizationId: org.id, content }),
      submittedAt,
      createdAt: submittedAt,
      updatedAt: submittedAt,
    });
  }
  return id;
}

export async function seedScoring(db: Db, now = new Date()) {
  const marker = demoId("competition", E2E_SCORING_NUMBER);
  const [done] = await db.select({ id: competitions.id }).from(competitions).where(eq(competitions.id, marker));
  if (done) return;
  const scoringId = demoId("competition", "DSS-I.526.3.2026");
  const publishedId = demoId("competition", "DE-III.526.2.2026");
  const [exists] = await db.select({ id: competitions.id }).from(competitions).where(eq(competitions.id, scoringId));
  if (!exists) return;
  await db.transaction(async (tx) => {
    // DSS-I.526.3.2026: in scoring.
    const scoringOffers = await acceptAll(tx, scoringId, reviewedAt("2026-03-25T12:00:00+01:00"));
    const bidders = scoringOffers.map((o) => o.organizationId);
    const [nominator] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(
          eq(organizations.verificationStatus, "verified"),
          bidders.length ? notInArray(organizations.id, bidders) : undefined,
          eq(organizations.name, OWOP_NAME),
        ),
      );
    await commission(
      tx,
      scoringId,
      [
        { email: "admin@demo.test", kind: "city_staff", signedAt: reviewedAt("2026-04-02T09:05:00+02:00") },
        { email: "robert.dabrowski@demo.test", kind: "city_staff", signedAt: reviewedAt("2026-04-02T09:12:00+02:00") },
        { email: "komisja@demo.test", kind: "ngo_nominee", org: nominator?.id },
      ],
      reviewedAt("2026-03-30T10:00:00+02:00"),
    );
    const scoringCriteria = await criteriaOf(tx, scoringId);
    for (const [i, o] of scoringOffers.slice(0, 3).entries())
      await score(tx, scoringId, o.id, "admin@demo.test", scoringCriteria, 0.9 - i * 0.1, reviewedAt("2026-04-10T14:00:00+02:00"));
    for (const [i, o] of scoringOffers.slice(0, 2).entries())
      await score(
        tx,
        scoringId,
        o.id,
        "robert.dabrowski@demo.test",
        scoringCriteria,
        0.8 - i * 0.1,
        reviewedAt("2026-04-11T10:00:00+02:00"),
      );

    // DE-III.526.2.2026: full scores, decisions, results published.
    const publishedOffers = await acceptAll(tx, publishedId, reviewedAt("2026-04-14T12:00:00+02:00"));
    await commission(
      tx,
      publishedId,
      [
        { email: "admin@demo.test", kind: "city_staff", signedAt: reviewedAt("2026-04-20T09:00:00+02:00") },
        { email: "robert.dabrowski@demo.test", kind: "city_staff", signedAt: reviewedAt("2026-04-20T09:10:00+02:00") },
      ],
      reviewedAt("2026-04-16T10:00:00+02:00"),
    );
    const publishedCriteria = await criteriaOf(tx, publishedId);
    for (const [i, o] of publishedOffers.entries()) {
      await score(tx, publishedId, o.id, "admin@demo.test", publishedCriteria, 0.95 - i * 0.08, reviewedAt("2026-04-28T12:00:00+02:00"));
      await score(
        tx,
        publishedId,
        o.id,
        "robert.dabrowski@demo.test",
        publishedCriteria,
        0.9 - i * 0.07,
        reviewedAt("2026-04-29T12:00:00+02:00"),
      );
    }
    // Fund from the top of the ranking while the budget lasts; offers below the minimum get nothing.
    const ranking = (await rankingOf(tx, publishedId))!;
    let left = ranking.competition.budgetGrosze;
    for (const row of ranking.rows) {
      const requested = row.offer.requestedGrosze;
      const amount = row.fundable ? Math.min(requested, left) : 0;
      left -= amount;
      const status = amount === 0 ? "not_granted" : amount < requested ? "updated" : "granted";
      await tx
        .update(offers)
        .set({
          grantedGrosze: amount,
          grantDecidedBy: user("admin@demo.test"),
          grantDecidedAt: reviewedAt("2026-05-12T12:00:00+02:00"),
          status,
        })
        .where(eq(offers.id, row.offerId));
    }
    await tx
      .update(competitions)
      .set({
        scoringClosedAt: reviewedAt("2026-05-05T15:00:00+02:00"),
        scoringClosedBy: user("admin@demo.test"),
        resultsPublishedAt: reviewedAt("2026-05-15T12:00:00+02:00"),
        resultsPublishedBy: user("admin@demo.test"),
      })
      .where(eq(competitions.id, publishedId));

    // The e2e competitions: SocLab (ngo@demo.test) bids in both, with organisations that bid nowhere else.
    const used = new Set([...bidders, ...publishedOffers.map((o) => o.organizationId)]);
    const soclab = demoId("organization", SOCLAB_NAME);
    const free = (
      await tx
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(eq(organizations.verificationStatus, "verified"))
        .orderBy(asc(organizations.name))
    ).filter((o) => !used.has(o.id) && o.id !== soclab && o.name !== OWOP_NAME);
    const [soclabRow] = await tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, [soclab]));
    await e2eCompetition(
      tx,
      E2E_REVIEW_NUMBER,
      "Profilaktyka uzależnień behawioralnych wśród młodzieży w 2027 r.",
      "formal_review",
      [soclabRow, free[0], free[1]],
      now,
    );
    const e2eScoring = await e2eCompetition(
      tx,
      E2E_SCORING_NUMBER,
      "Wsparcie psychologiczne uczniów szkół średnich w 2027 r.",
      "scoring",
      [soclabRow, free[2], free[3], free[4]],
      now,
    );
    await acceptAll(tx, e2eScoring, new Date(now.getTime() - 5 * 86_400_000));
    await tx.insert(commissionMembers).values([
      { competitionId: e2eScoring, userId: user("admin@demo.test"), role: "chair" },
      { competitionId: e2eScoring, userId: user("robert.dabrowski@demo.test"), role: "member" },
    ]);
    await commission(
      tx,
      e2eScoring,
      [
        { email: "admin@demo.test", kind: "city_staff", signedAt: new Date(now.getTime() - 4 * 86_400_000) },
        { email: "robert.dabrowski@demo.test", kind: "city_staff" },
      ],
      new Date(now.getTime() - 5 * 86_400_000),
    );
    await recordAudit(tx, { actor: null, action: "seed.scoring", entityType: "database", entityId: "demo", after: { competitions: 4 } });
  });
}
