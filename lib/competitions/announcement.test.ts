import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { competitions, publicTaskAreas } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser } from "@/tests/factories";
import { announceCompetition, saveCompetition } from "./commands";
import { defaultCriteria } from "./rules";

let t: TestDatabase;
let admin: Principal;
const now = warsawToInstant("2026-11-27", "12:00");

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db
    .insert(publicTaskAreas)
    .values({ slug: "seniors", point: "1", sortOrder: 1, namePl: "Seniorzy", nameEn: "Seniors" })
    .onConflictDoNothing();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
});
afterAll(() => t?.close());

/** The editor's form with every element of art. 13 ust. 2; override any field. */
function form(overrides: Record<string, string> = {}) {
  return {
    title: "Aktywność seniorów w 2027 r.",
    number: `ZS.${Math.random().toString(36).slice(2, 8)}.2027`,
    areaSlug: "seniors",
    fundingForm: "support",
    description: "Zajęcia ruchowe i cyfrowe dla seniorów.",
    grantRules: "Dotacja w formie wspierania, od 10 000 zł do 40 000 zł na ofertę.",
    taskConditions: "Zadanie realizowane w Białymstoku, zgodnie z ofertą i umową.",
    budget: "120000",
    minGrant: "10000",
    maxGrant: "40000",
    minOwnFinancial: "5",
    minOwnNonFinancial: "",
    maxAdminCost: "10",
    taskStartDate: "2027-02-01",
    taskEndDate: "2027-12-15",
    deadlineDate: "2026-12-28",
    deadlineTime: "15:00",
    selectionProcedure: "Ocena formalna, następnie komisja konkursowa.",
    selectionDate: "2027-01-20",
    minTotalScore: "20",
    criteria: JSON.stringify(defaultCriteria()),
    previousTasks: JSON.stringify([{ year: 2026, title: "Aktywny senior 2026", amount: "95000" }]),
    documents: "[]",
    ...overrides,
  };
}

async function draft(overrides: Record<string, string> = {}) {
  const saved = await saveCompetition(t.db, admin, form(overrides));
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.value.id;
}

describe("art. 13 ust. 2 uodpp: every mandatory element of the announcement is filled before announcing", () => {
  it("art. 13 ust. 2 pkt 3, 4, 6 and 7 uodpp: a draft may stay incomplete, but announcing names every missing element at its field", async () => {
    const id = await draft({ grantRules: "", taskConditions: "", selectionDate: "", previousTasks: "[]" });
    const refused = await announceCompetition(t.db, admin, { id }, now);
    expect(refused).toEqual({
      ok: false,
      formError: "announcementIncomplete",
      fieldErrors: {
        grantRules: ["requiredToAnnounce"],
        taskConditions: ["requiredToAnnounce"],
        selectionDate: ["requiredToAnnounce"],
        previousTasks: ["requiredToAnnounce"],
      },
    });
    const [row] = await t.db.select().from(competitions).where(eq(competitions.id, id));
    expect(row).toMatchObject({ status: "draft", publishedAt: null });
    expect((await auditOf(t.db, id)).map((a) => a.action)).toEqual(["competition.create"]);
  });

  it("art. 13 ust. 2 pkt 7 uodpp: with no earlier tasks of the type the announcement says so explicitly, then it is announced", async () => {
    const id = await draft({ previousTasks: "[]", noPreviousTasks: "on" });
    expect(await announceCompetition(t.db, admin, { id }, now)).toEqual({ ok: true, value: null });
    const [row] = await t.db.select().from(competitions).where(eq(competitions.id, id));
    expect(row).toMatchObject({ status: "announced", noPreviousTasks: true, previousTasks: [] });
    expect(
      await saveCompetition(t.db, admin, form({ noPreviousTasks: "on" })), // the statement contradicts the list
    ).toMatchObject({ ok: false, fieldErrors: { noPreviousTasks: ["noPreviousTasksButListed"] } });
  });

  it("art. 13 ust. 2 pkt 2 and 6 uodpp: money, procedure, criteria and a selection date not before the deadline are required", async () => {
    const id = await draft();
    // a row written by an earlier version: no money, no procedure, no criteria
    await t.db.update(competitions).set({ budgetGrosze: 0, selectionProcedure: " " }).where(eq(competitions.id, id));
    const saved = await saveCompetition(t.db, admin, { ...form(), id, criteria: "[]" });
    expect(saved).toMatchObject({ ok: false, fieldErrors: { criteria: ["criteriaRequired"] } });
    expect(await announceCompetition(t.db, admin, { id }, now)).toMatchObject({
      ok: false,
      formError: "announcementIncomplete",
      fieldErrors: { budget: ["requiredToAnnounce"], selectionProcedure: ["requiredToAnnounce"] },
    });
    expect(await saveCompetition(t.db, admin, form({ selectionDate: "2026-12-20" }))).toMatchObject({
      ok: false,
      fieldErrors: { selectionDate: ["selectionBeforeDeadline"] },
    });
  });

  it("art. 13 ust. 2 uodpp: a complete announcement is published; a representative cannot announce one", async () => {
    const id = await draft();
    const organizationId = await createOrganization(t.db);
    const user = await createUser(t.db);
    await addOrganizationMember(t.db, organizationId, user.id, "owner");
    await expect(announceCompetition(t.db, (await loadPrincipal(t.db, user.id))!, { id }, now)).rejects.toThrow(ForbiddenError);
    expect(await announceCompetition(t.db, admin, { id }, now)).toEqual({ ok: true, value: null });
  });
});
