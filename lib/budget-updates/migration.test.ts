import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contracts, offerBudgetUpdates, offers } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createCompetition, createOrganization } from "@/tests/factories";

/*
 * Migration 0028: offers "updated" by the earlier flow (only a new total, no updated cost table)
 * and still without a contract go back to waiting for their updated budget; the rest stay.
 */
const drizzleDir = path.resolve(__dirname, "../../drizzle");

function migrationsBefore(name: string) {
  const journal = JSON.parse(fs.readFileSync(path.join(drizzleDir, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const stop = journal.entries.findIndex((e) => e.tag.endsWith(`_${name}`));
  expect(stop).toBeGreaterThan(0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wspolnie-migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const entries = journal.entries.slice(0, stop);
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(drizzleDir, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

let t: TestDatabase;
let folder: string;
beforeAll(async () => {
  folder = migrationsBefore("cut_grants_await_budget_update");
  t = await createTestDatabase({ migrationsFolder: folder });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("cut grants confirmed by the old flow wait for their updated budget (migration 0028)", () => {
  it("moves 'updated' offers without a contract or an accepted update back to awaiting_update, and nothing else", async () => {
    const organizationId = await createOrganization(t.db, "Fundacja Sprzed Zmiany");
    const competitionId = await createCompetition(t.db);
    const offer = async (title: string, status: "updated" | "granted", granted: number) => {
      const [row] = await t.db
        .insert(offers)
        .values({
          competitionId,
          organizationId,
          title,
          status,
          requestedGrantGrosze: 40_000_00,
          grantedGrosze: granted,
          grantResponse: status === "updated" ? "updated" : null,
          grantResponseTotalGrosze: status === "updated" ? 35_000_00 : null,
        })
        .returning({ id: offers.id });
      return row.id;
    };
    const waiting = await offer("bez umowy", "updated", 30_000_00);
    const withContract = await offer("z umową", "updated", 30_000_00);
    const withUpdate = await offer("z przyjętą aktualizacją", "updated", 30_000_00);
    const full = await offer("pełna dotacja", "granted", 40_000_00);
    await t.db.insert(contracts).values({
      number: "DSS-I.526.1.2026",
      source: "offer",
      offerId: withContract,
      organizationId,
      fundingForm: "support",
      title: "z umową",
      startDate: "2026-02-01",
      endDate: "2026-11-30",
      totalGrantGrosze: 30_000_00,
    });
    await t.db.insert(offerBudgetUpdates).values({ offerId: withUpdate, status: "accepted" });

    await t.migrate();

    const status = async (id: string) => (await t.db.select().from(offers).where(eq(offers.id, id)))[0];
    expect(await status(waiting)).toMatchObject({ status: "awaiting_update", grantResponse: null, grantResponseTotalGrosze: null });
    expect(await status(withContract)).toMatchObject({ status: "updated", grantResponse: "updated" });
    expect(await status(withUpdate)).toMatchObject({ status: "updated" });
    expect(await status(full)).toMatchObject({ status: "granted" });
  });
});
