import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offers } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { insertOlderRow, migrationsBefore } from "@/tests/migrations";

/*
 * Migration 0031: offers "updated" by the earlier flow (only a new total, no updated cost table)
 * and still without a contract go back to waiting for their updated budget; the rest stay.
 */
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

describe("cut grants confirmed by the old flow wait for their updated budget (migration 0031)", () => {
  it("moves 'updated' offers without a contract or an accepted update back to awaiting_update, and nothing else", async () => {
    const organizationId = await insertOlderRow(t.db, "organizations", { name: "Fundacja Sprzed Zmiany", legal_form: "foundation" });
    const competitionId = await insertOlderRow(t.db, "competitions", { number: "T/0028/2026", title: "Konkurs sprzed zmiany" });
    const offer = (title: string, status: "updated" | "granted", granted: number) =>
      insertOlderRow(t.db, "offers", {
        competition_id: competitionId,
        organization_id: organizationId,
        title,
        status,
        requested_grant_grosze: 40_000_00,
        granted_grosze: granted,
        grant_response: status === "updated" ? "updated" : null,
        grant_response_total_grosze: status === "updated" ? 35_000_00 : null,
      });
    const waiting = await offer("bez umowy", "updated", 30_000_00);
    const withContract = await offer("z umową", "updated", 30_000_00);
    const withUpdate = await offer("z przyjętą aktualizacją", "updated", 30_000_00);
    const full = await offer("pełna dotacja", "granted", 40_000_00);
    await insertOlderRow(t.db, "contracts", {
      number: "DSS-I.526.1.2026",
      source: "offer",
      offer_id: withContract,
      organization_id: organizationId,
      funding_form: "support",
      title: "z umową",
      start_date: "2026-02-01",
      end_date: "2026-11-30",
      total_grant_grosze: 30_000_00,
    });
    await insertOlderRow(t.db, "offer_budget_updates", { offer_id: withUpdate, status: "accepted" }, false);

    await t.migrate();

    const status = async (id: string) => (await t.db.select().from(offers).where(eq(offers.id, id)))[0];
    expect(await status(waiting)).toMatchObject({ status: "awaiting_update", grantResponse: null, grantResponseTotalGrosze: null });
    expect(await status(withContract)).toMatchObject({ status: "updated", grantResponse: "updated" });
    expect(await status(withUpdate)).toMatchObject({ status: "updated" });
    expect(await status(full)).toMatchObject({ status: "granted" });
  });
});
