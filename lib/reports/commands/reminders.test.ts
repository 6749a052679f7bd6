import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractReports, reportReminders, users } from "@/lib/db/schema";
import { addOrganizationMember, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { sendReportReminders } from "./reminders";
import { createTestContract } from "../testing";

let t: TestDatabase;
let orgId: string;
let emails: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  orgId = await createOrganization(t.db, "Fundacja Przypominana");
  const [a, b] = await Promise.all([createUser(t.db), createUser(t.db)]);
  await addOrganizationMember(t.db, orgId, a.id, "owner");
  await addOrganizationMember(t.db, orgId, b.id, "editor");
  await t.db.update(users).set({ locale: "en" }).where(eq(users.id, b.id));
  emails = [a.email, b.email];
});
afterAll(() => t?.close());

describe("report reminders", () => {
  it("mails each member once before the due date and once after it, however often the job runs", async () => {
    // one-year contract ending 2026-10-31: final report due 2026-11-30
    const c = await createTestContract(t.db, orgId, {
      startDate: "2026-01-15",
      endDate: "2026-10-31",
      years: [{ year: 2026, grantGrosze: 1_000_000, ownFinancialGrosze: 0, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 }],
      costLines: [
        {
          kind: "task",
          year: 2026,
          name: "Zajęcia",
          units: "10",
          unit: "szt.",
          unitCostGrosze: 100_000,
          totalGrosze: 1_000_000,
          grantGrosze: 1_000_000,
        },
      ],
      schedule: [],
    });
    const count = async () =>
      (await Promise.all(emails.map((e) => mailsTo(t.db, e)))).flat().filter((m) => m.kind.startsWith("report_reminder")).length;

    // 2026-11-20 (10 days before): nothing yet
    expect(await sendReportReminders(t.db, new Date("2026-11-20T09:00:00Z"))).toMatchObject({ reminders: 0 });
    // 2026-11-23 (7 days before, Warsaw): the "before" reminder, to both members, once
    const first = await sendReportReminders(t.db, new Date("2026-11-23T09:00:00Z"));
    expect(first).toMatchObject({ reminders: 1, mails: 2 });
    expect(await sendReportReminders(t.db, new Date("2026-11-23T15:00:00Z"))).toMatchObject({ reminders: 0 });
    expect(await sendReportReminders(t.db, new Date("2026-11-30T22:00:00Z"))).toMatchObject({ reminders: 0 }); // the due day itself (23:00 Warsaw)
    expect(await count()).toBe(2);
    const [pl] = await mailsTo(t.db, emails[0]);
    expect(pl.subject).toContain("Zbliża się termin sprawozdania");
    expect(pl.text).toContain(`/account/contracts/${c.id}/reports/`);
    const [en] = await mailsTo(t.db, emails[1]);
    expect(en.subject).toContain("A report is due soon");

    // 2026-11-30 23:30 UTC = 1 December 00:30 in Warsaw: one day late → the "after" reminder, once
    const late = await sendReportReminders(t.db, new Date("2026-11-30T23:30:00Z"));
    expect(late).toMatchObject({ reminders: 1, mails: 2 });
    expect(await sendReportReminders(t.db, new Date("2026-12-10T09:00:00Z"))).toMatchObject({ reminders: 0 });
    expect(await count()).toBe(4);
    const rows = await t.db.select().from(reportReminders);
    expect(rows.map((r) => r.kind).sort()).toEqual(["after", "before"]);
  });

  it("sends nothing about a submitted report", async () => {
    const c = await createTestContract(t.db, orgId, {
      startDate: "2026-02-01",
      endDate: "2026-11-10",
      years: [{ year: 2026, grantGrosze: 500_000, ownFinancialGrosze: 0, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 }],
      costLines: [
        {
          kind: "task",
          year: 2026,
          name: "Zajęcia",
          units: "5",
          unit: "szt.",
          unitCostGrosze: 100_000,
          totalGrosze: 500_000,
          grantGrosze: 500_000,
        },
      ],
      schedule: [],
    });
    await sendReportReminders(t.db, new Date("2026-11-01T09:00:00Z")); // creates the report rows lazily
    await t.db.update(contractReports).set({ status: "submitted" }).where(eq(contractReports.contractId, c.id));
    const [report] = await t.db.select().from(contractReports).where(eq(contractReports.contractId, c.id));
    await sendReportReminders(t.db, new Date("2026-12-05T09:00:00Z"));
    expect(await t.db.select().from(reportReminders).where(eq(reportReminders.reportId, report.id))).toEqual([]);
  });
});
