import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contracts, smallGrantComments, smallGrants } from "@/lib/db/schema";
import { seedDemo, seedReferenceData } from "@/lib/db/seed";
import { demoSmallGrantIds, seedSmallGrants } from "@/lib/db/seed/small-grants";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { acceptsComments, windowEnded } from "./calendar";

let t: TestDatabase;
const now = new Date("2026-11-27T10:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemo(t.db);
  await seedSmallGrants(t.db, now);
}, 120_000);
afterAll(() => t?.close());

describe("demo small grants", () => {
  it("one in its comment window with comments, ended ones for the journeys", async () => {
    const [open] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, demoSmallGrantIds.inWindow));
    expect(acceptsComments(open, now)).toBe(true);
    const [c] = await t.db.select({ n: count() }).from(smallGrantComments).where(eq(smallGrantComments.smallGrantId, open.id));
    expect(c.n).toBe(2);
    for (const id of [demoSmallGrantIds.endedForAcceptance, demoSmallGrantIds.endedForLateComment]) {
      const [g] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, id));
      expect(g.status).toBe("published");
      expect(windowEnded(g, now)).toBe(true);
    }
  });

  it("one signed small grant whose contract came through insertContract", async () => {
    const [grant] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, demoSmallGrantIds.signed));
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.smallGrantId, grant.id));
    expect(grant).toMatchObject({ status: "accepted", contractId: contract.id });
    expect(contract).toMatchObject({
      number: "DSS-I.526.40.2026",
      source: "small_grant",
      status: "signed",
      totalGrantGrosze: grant.grantGrosze,
      citySignatory: expect.any(String),
      organizationSignatory: expect.any(String),
    });
  });

  it("is idempotent", async () => {
    await seedSmallGrants(t.db, now);
    const [n] = await t.db.select({ n: count() }).from(smallGrants);
    expect(n.n).toBe(Object.keys(demoSmallGrantIds).length);
  });
});
