import fs from "node:fs";
import { eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commissionMembers, competitions, offers, organizations, rankingRevisions } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { insertOlderRow, migrationsBefore } from "@/tests/migrations";
import { uniqueEmail } from "@/tests/factories";

/*
 * The migration that moves part B's 1:1 side tables into their owners keeps the data: a database
 * migrated up to just before it gets rows in every side table, then the rest of the migrations run.
 */
let t: TestDatabase;
let folder: string;
beforeAll(async () => {
  folder = migrationsBefore("part_b_data_to_owners");
  t = await createTestDatabase({ migrationsFolder: folder });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const at = (iso: string) => new Date(iso);

async function idsOf(db: TestDatabase["db"], query: SQL): Promise<{ id: string }[]> {
  const result = (await db.execute(query)) as unknown as { rows?: { id: string }[] } | { id: string }[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

const createUser = async (db: TestDatabase["db"], options: { isAdmin?: boolean } = {}) => ({
  id: await insertOlderRow(db, "users", {
    email: uniqueEmail("migracja"),
    name: "Osoba Testowa",
    password_hash: "x",
    is_admin: options.isAdmin ?? false,
  }),
});
const createOrganization = (db: TestDatabase["db"], name: string) =>
  insertOlderRow(db, "organizations", { name, legal_form: "foundation" });
const createCompetition = (db: TestDatabase["db"]) =>
  insertOlderRow(db, "competitions", { number: `T/${uniqueEmail("k")}`, title: "Konkurs testowy" });

describe("moving part B's side tables into their owners", () => {
  it("copies every value, drops the side tables and keeps the ranking triggers firing", async () => {
    const admin = await createUser(t.db, { isAdmin: true });
    const [member, nominee, representative] = [await createUser(t.db), await createUser(t.db), await createUser(t.db)];
    const orgId = await createOrganization(t.db, "Fundacja Przeniesiona");
    const nominatorId = await createOrganization(t.db, "Stowarzyszenie Nominujące");
    const competitionId = await createCompetition(t.db);
    const offer = (title: string) => sql`(${competitionId}, ${orgId}, 'submitted', ${title}, '2026-03-01T10:00:00Z')`;
    const [reviewed, rejected, untouched] = await idsOf(
      t.db,
      sql`insert into offers (competition_id, organization_id, status, title, submitted_at)
        values ${sql.join([offer("Oceniona"), offer("Odrzucona"), offer("Bez oceny formalnej")], sql`, `)} returning id`,
    );
    await t.db.execute(sql`insert into commission_members (competition_id, user_id, role)
      values (${competitionId}, ${member.id}, 'chair'), (${competitionId}, ${nominee.id}, 'member')`);
    const checklist = { complete: "yes", onTime: "yes", eligibleApplicant: "yes", withinLimits: "fixable", signatures: "yes" };
    await t.db
      .execute(sql`insert into formal_reviews (offer_id, competition_id, checklist, outcome, reason, reviewed_by, reviewed_at) values
      (${reviewed.id}, ${competitionId}, ${JSON.stringify(checklist)}::jsonb, 'passed', null, ${admin.id}, '2026-03-20T09:00:00Z'),
      (${rejected.id}, ${competitionId}, ${JSON.stringify(checklist)}::jsonb, 'rejected', 'Brak podpisów', ${admin.id}, '2026-03-21T09:00:00Z')`);
    await t.db.execute(sql`insert into grant_decisions (offer_id, competition_id, amount_grosze, decided_by, decided_at)
      values (${reviewed.id}, ${competitionId}, 3000000, ${admin.id}, '2026-05-12T10:00:00Z')`);
    await t.db.execute(sql`insert into grant_responses (offer_id, response, updated_total_grosze, responded_by, responded_at)
      values (${reviewed.id}, 'updated', 3750000, ${representative.id}, '2026-05-20T10:00:00Z')`);
    await t.db
      .execute(sql`insert into competition_scoring (competition_id, outlier_share_bp, closed_by, closed_at, published_by, results_published_at)
      values (${competitionId}, 3000, ${member.id}, '2026-05-05T13:00:00Z', ${admin.id}, '2026-05-15T10:00:00Z')`);
    await t.db
      .execute(sql`insert into commission_member_details (competition_id, user_id, kind, nominating_organization_id, appointed_by, appointed_at) values
      (${competitionId}, ${member.id}, 'city_staff', null, ${admin.id}, '2026-03-30T08:00:00Z'),
      (${competitionId}, ${nominee.id}, 'ngo_nominee', ${nominatorId}, ${admin.id}, '2026-03-30T08:05:00Z')`);
    await t.db.execute(sql`insert into impartiality_declarations (competition_id, user_id, signed_at)
      values (${competitionId}, ${member.id}, '2026-04-02T07:05:00Z')`);

    await t.migrate();

    const byId = new Map((await t.db.select().from(offers).where(eq(offers.competitionId, competitionId))).map((o) => [o.id, o]));
    expect(byId.get(reviewed.id)).toMatchObject({
      formalReviewChecklist: checklist,
      formalReviewOutcome: "passed",
      formalReviewReason: null,
      formalReviewedBy: admin.id,
      formalReviewedAt: at("2026-03-20T09:00:00Z"),
      grantedGrosze: 3_000_000,
      grantDecidedBy: admin.id,
      grantDecidedAt: at("2026-05-12T10:00:00Z"),
      grantResponse: "updated",
      grantResponseTotalGrosze: 3_750_000,
      grantRespondedBy: representative.id,
      grantRespondedAt: at("2026-05-20T10:00:00Z"),
    });
    expect(byId.get(rejected.id)).toMatchObject({
      formalReviewOutcome: "rejected",
      formalReviewReason: "Brak podpisów",
      grantDecidedAt: null,
    });
    expect(byId.get(untouched.id)).toMatchObject({
      formalReviewOutcome: null,
      formalReviewChecklist: null,
      grantedGrosze: null,
      grantResponse: null,
    });

    const [competition] = await t.db.select().from(competitions).where(eq(competitions.id, competitionId));
    expect(competition).toMatchObject({
      outlierShareBp: 3000,
      scoringClosedBy: member.id,
      scoringClosedAt: at("2026-05-05T13:00:00Z"),
      resultsPublishedBy: admin.id,
      resultsPublishedAt: at("2026-05-15T10:00:00Z"),
    });
    const members = new Map(
      (await t.db.select().from(commissionMembers).where(eq(commissionMembers.competitionId, competitionId))).map((m) => [m.userId, m]),
    );
    expect(members.get(member.id)).toMatchObject({
      role: "chair",
      kind: "city_staff",
      appointedBy: admin.id,
      createdAt: at("2026-03-30T08:00:00Z"),
      impartialitySignedAt: at("2026-04-02T07:05:00Z"),
    });
    expect(members.get(nominee.id)).toMatchObject({
      kind: "ngo_nominee",
      nominatingOrganizationId: nominatorId,
      impartialitySignedAt: null,
    });

    for (const table of [
      "formal_reviews",
      "grant_decisions",
      "grant_responses",
      "competition_scoring",
      "commission_member_details",
      "impartiality_declarations",
    ]) {
      await expect(t.db.execute(sql.raw(`select 1 from ${table}`))).rejects.toMatchObject({ cause: { code: "42P01" } }); // undefined_table
    }

    // The triggers of migration 0018 read the formal review from the offer now.
    const revision = async () =>
      (await t.db.select().from(rankingRevisions).where(eq(rankingRevisions.competitionId, competitionId)))[0]?.revision ?? 0;
    let before = await revision();
    await t.db.update(offers).set({ title: "Zmiana tytułu" }).where(eq(offers.id, untouched.id));
    expect(await revision()).toBe(before);
    await t.db.update(offers).set({ title: "Oceniona (nowy tytuł)" }).where(eq(offers.id, reviewed.id));
    expect(await revision()).toBe(before + 1);
    before = await revision();
    await t.db.update(organizations).set({ name: "Fundacja Przeniesiona (nowa nazwa)" }).where(eq(organizations.id, orgId));
    expect(await revision()).toBe(before + 1);
  });
});
