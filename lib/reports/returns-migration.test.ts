import fs from "node:fs";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractSettlements, grantReturnPayments, grantReturns } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { insertOlderRow, migrationsBefore } from "@/tests/migrations";

/*
 * Migrations 0034–0036: settlements made before the returns were split keep their returns. Each old
 * settlement (one due date, 15 days from the acceptance; payments of the whole amount in the jsonb
 * column `returns`) becomes rows of grant_returns (art. 251 / 252 ufp, due dates moved off days free
 * from work by art. 12 § 5 Ordynacji podatkowej) and grant_return_payments (each payment to the return
 * due first, art. 62 § 1 Ordynacji podatkowej); then the column goes.
 */
let t: TestDatabase;
let folder: string;
beforeAll(async () => {
  folder = migrationsBefore("grant_returns");
  t = await createTestDatabase({ migrationsFolder: folder });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

interface Legacy {
  number: string;
  end: string;
  terminatedOn?: string;
  reportYear: number;
  unused: number;
  over: number;
  returnDueDate: string | null;
  tranchesPaidOn?: string[];
  payments?: { paidOn: string; amountGrosze: number; recordedBy: string | null; recordedAt: string }[];
}

async function legacySettlement(organizationId: string, officer: string, s: Legacy) {
  const contractId = await insertOlderRow(t.db, "contracts", {
    number: s.number,
    source: "offer",
    organization_id: organizationId,
    funding_form: "support",
    title: s.number,
    start_date: `${s.reportYear}-01-15`,
    end_date: s.end,
    terminated_on: s.terminatedOn ?? null,
    total_grant_grosze: 100_000_00,
    status: s.unused + s.over > 0 ? "final_report_accepted" : "settled",
  });
  for (const [i, paidOn] of (s.tranchesPaidOn ?? []).entries()) {
    await insertOlderRow(t.db, "contract_tranches", {
      contract_id: contractId,
      year: Number(paidOn.slice(0, 4)),
      position: i + 1,
      due_date: paidOn,
      amount_grosze: 50_000_00,
      paid_on: paidOn,
      paid_grosze: 50_000_00,
    });
  }
  const reportId = await insertOlderRow(t.db, "contract_reports", {
    contract_id: contractId,
    kind: "final",
    year: s.reportYear,
    period_start: `${s.reportYear}-01-15`,
    period_end: s.end,
    due_date: s.end,
  });
  const toReturn = s.unused + s.over;
  await insertOlderRow(
    t.db,
    "contract_settlements",
    {
      contract_id: contractId,
      report_id: reportId,
      tolerance_bp: 1000,
      granted_grosze: 100_000_00,
      paid_grosze: 100_000_00,
      grant_spent_grosze: 100_000_00 - s.unused,
      grant_used_grosze: 100_000_00 - toReturn,
      unused_grosze: s.unused,
      over_tolerance_grosze: s.over,
      to_return_grosze: toReturn,
      return_due_date: s.returnDueDate,
      returned_grosze: (s.payments ?? []).reduce((sum, p) => sum + p.amountGrosze, 0),
      returns: JSON.stringify(s.payments ?? []),
      computed_by: officer,
    },
    false,
  );
  return contractId;
}

describe("the returns of settlements made before the split move into grant_returns (migration 0036)", () => {
  it("art. 251–252 ufp, art. 12 § 5 and art. 62 § 1 Ordynacji podatkowej: kinds, bases, moved due dates, interest dates and payments", async () => {
    const organizationId = await insertOlderRow(t.db, "organizations", { name: "Fundacja Sprzed Podziału", legal_form: "foundation" });
    const officer = await insertOlderRow(t.db, "users", { email: "skarbnik@example.test", name: "Skarbnik", password_hash: "x" });
    const gone = "7c0e1f4a-2b3c-4d5e-8f90-123456789abc"; // a user since deleted: the payment keeps no author
    // ended Fri 31 Oct 2025, accepted 1 Dec 2025 (old due date 16 Dec); 1 000 zł unused, 800 zł beyond the shift
    const ended = await legacySettlement(organizationId, officer, {
      number: "OLD/1/2025",
      end: "2025-10-31",
      reportYear: 2025,
      unused: 1_000_00,
      over: 800_00,
      returnDueDate: "2025-12-16",
      tranchesPaidOn: ["2025-01-20", "2025-02-28"],
      payments: [
        { paidOn: "2025-12-20", amountGrosze: 300_00, recordedBy: gone, recordedAt: "2025-12-20T09:00:00.000Z" },
        { paidOn: "2025-12-10", amountGrosze: 1_200_00, recordedBy: officer, recordedAt: "2025-12-10T09:00:00.000Z" },
      ],
    });
    // the period of use ends with the year: 31 January 2027 is a Sunday
    const yearEnd = await legacySettlement(organizationId, officer, {
      number: "OLD/2/2026",
      end: "2026-12-31",
      reportYear: 2026,
      unused: 500_00,
      over: 0,
      returnDueDate: "2027-02-25",
      tranchesPaidOn: ["2026-02-01"],
    });
    // terminated on 22 March 2026: 15 days later is Easter Monday (Easter 2026: 5 April)
    const terminated = await legacySettlement(organizationId, officer, {
      number: "OLD/3/2026",
      end: "2026-11-30",
      terminatedOn: "2026-03-22",
      reportYear: 2026,
      unused: 300_00,
      over: 0,
      returnDueDate: "2026-05-10",
    });
    // found on 9 December 2025: 15 days later is 24 December, a holiday from 2025, then Christmas and a weekend
    const christmas = await legacySettlement(organizationId, officer, {
      number: "OLD/4/2025",
      end: "2025-09-30",
      reportYear: 2025,
      unused: 0,
      over: 100_00,
      returnDueDate: "2025-12-24",
    });
    const nothing = await legacySettlement(organizationId, officer, {
      number: "OLD/5/2025",
      end: "2025-06-30",
      reportYear: 2025,
      unused: 0,
      over: 0,
      returnDueDate: null,
    });

    await t.migrate();

    const ids = [ended, yearEnd, terminated, christmas, nothing];
    const rows = await t.db.select().from(grantReturns).where(inArray(grantReturns.contractId, ids)).orderBy(asc(grantReturns.dueDate));
    const name = (id: string) => ["ended", "yearEnd", "terminated", "christmas", "nothing"][ids.indexOf(id)];
    expect(
      rows.map((r) => [name(r.contractId), r.year, r.kind, r.basis, r.amountGrosze, r.dueDate, r.interestFrom, r.foundOn, r.createdBy]),
    ).toEqual([
      // 15 November 2025 is a Saturday → Monday 17 November; interest from the day after
      ["ended", 2025, "unused", "art251ust2", 1_000_00, "2025-11-17", "2025-11-18", null, officer],
      ["ended", 2025, "misused", "art252", 800_00, "2025-12-16", "2025-02-28", "2025-12-01", officer],
      ["christmas", 2025, "misused", "art252", 100_00, "2025-12-29", "2025-12-09", "2025-12-09", officer],
      ["terminated", 2026, "unused", "art251ust2", 300_00, "2026-04-07", "2026-04-08", null, officer],
      ["yearEnd", 2026, "unused", "art251ust1", 500_00, "2027-02-01", "2027-02-02", null, officer],
    ]);

    const [unused, misused] = rows;
    const payments = await t.db
      .select()
      .from(grantReturnPayments)
      .where(inArray(grantReturnPayments.returnId, [unused.id, misused.id]))
      .orderBy(asc(grantReturnPayments.paidOn), asc(grantReturnPayments.amountGrosze));
    // 1 200 zł on 10 Dec: 1 000 zł to the unused grant (due first), 200 zł to the misused; 300 zł on 20 Dec to the misused
    expect(payments.map((p) => [p.returnId === unused.id ? "unused" : "misused", p.paidOn, p.amountGrosze, p.recordedBy])).toEqual([
      ["misused", "2025-12-10", 200_00, officer],
      ["unused", "2025-12-10", 1_000_00, officer],
      ["misused", "2025-12-20", 300_00, null],
    ]);
    expect(payments[0].recordedAt.toISOString()).toBe("2025-12-10T09:00:00.000Z");

    const settlements = await t.db.select().from(contractSettlements).where(inArray(contractSettlements.contractId, ids));
    const dueOf = (id: string) => settlements.find((s) => s.contractId === id)!.returnDueDate;
    expect([ended, yearEnd, terminated, christmas, nothing].map(dueOf)).toEqual([
      "2025-11-17",
      "2027-02-01",
      "2026-04-07",
      "2025-12-29",
      null,
    ]);
    expect(settlements.find((s) => s.contractId === ended)).toMatchObject({ returnedGrosze: 1_500_00 });
    const columns = (await t.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'contract_settlements' and column_name = 'returns'`,
    )) as unknown as { rows?: unknown[] } | unknown[];
    expect(Array.isArray(columns) ? columns : columns.rows).toEqual([]);
    expect(await t.db.select().from(grantReturns).where(eq(grantReturns.contractId, nothing))).toEqual([]);
  });
});
