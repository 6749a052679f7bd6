import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { offers, scoreSubmissions, type OfferStatus } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createCompetition, createOrganization, createUser } from "@/tests/factories";
import { competitionCounts } from "./queries";

let t: TestDatabase;
let admin: Principal;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
});
afterAll(() => t?.close());

describe("the offers of a competition counted by step", () => {
  it("counts submitted, waiting, accepted, scored and granted offers, never drafts or withdrawn ones", async () => {
    const competitionId = await createCompetition(t.db);
    const organizationId = await createOrganization(t.db);
    const member = await createUser(t.db);
    const add = async (status: OfferStatus, grantedGrosze: number | null = null) => {
      const [row] = await t.db.insert(offers).values({ competitionId, organizationId, status, grantedGrosze }).returning({ id: offers.id });
      return row.id;
    };
    await add("draft");
    await add("withdrawn");
    await add("submitted");
    await add("correction_requested");
    await add("formally_rejected");
    const scored = await add("formally_accepted");
    await add("formally_accepted");
    await add("granted", 500000);
    await add("not_granted", 0);
    await t.db.insert(scoreSubmissions).values({ offerId: scored, userId: member.id, competitionId });

    expect(await competitionCounts(t.db, admin, competitionId)).toEqual({
      submitted: 7,
      inFormalReview: 2,
      formallyAccepted: 4,
      scored: 1,
      granted: 1,
    });
  });

  it("is refused to anyone but an administrator", async () => {
    const resident = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
    await expect(competitionCounts(t.db, resident, await createCompetition(t.db))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
