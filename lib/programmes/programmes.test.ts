import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { competitions, consultations, contracts, programmes, programmeTasks, smallGrantPools, smallGrants } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createCompetition, createOrganization, createUser } from "@/tests/factories";
import {
  adoptProgramme,
  bringIntoForce,
  linkCompetition,
  linkPool,
  removeTask,
  reportProgramme,
  saveProgramme,
  saveTask,
  startConsultation,
} from "./commands";
import { competitionsOutsideProgramme, getPublicProgramme, listPublicProgrammes, programmeOfConsultation } from "./queries";
import {
  adoptionDeadline,
  adoptionProblem,
  barPercent,
  canTransition,
  competitionYear,
  isAdoptionLate,
  isOutsideProgramme,
  isReportLate,
  moneyPerTask,
  totals,
} from "./rules";
import { programmeSchema } from "./schemas";

describe("programme rules (pure)", () => {
  it("moves draft → consultation → adopted → in force → reported, one step at a time", () => {
    expect(canTransition("draft", "consult")).toBe(true);
    expect(canTransition("draft", "adopt")).toBe(false);
    expect(canTransition("consultation", "adopt")).toBe(true);
    expect(canTransition("adopted", "bringIntoForce")).toBe(true);
    expect(canTransition("adopted", "report")).toBe(false);
    expect(canTransition("in_force", "report")).toBe(true);
    expect(canTransition("reported", "consult")).toBe(false);
  });

  it("flags an annual programme adopted after 30 November of the year before (allowed), and a report after 31 May", () => {
    expect(adoptionDeadline(2027)).toBe("2026-11-30");
    expect(isAdoptionLate({ yearFrom: 2027 }, "2026-11-30")).toBe(false);
    expect(isAdoptionLate({ yearFrom: 2027 }, "2026-12-01")).toBe(true);
    expect(isAdoptionLate({ yearFrom: 2027 }, "2027-01-15")).toBe(true);
    expect(isReportLate({ yearTo: 2026 }, "2027-05-31")).toBe(false);
    expect(isReportLate({ yearTo: 2026 }, "2027-06-01")).toBe(true);
  });

  it("needs a priority task and the tasks' money within the total before adoption", () => {
    expect(adoptionProblem({ plannedGrosze: 100 }, [])).toBe("noPriorityTasks");
    expect(adoptionProblem({ plannedGrosze: 100 }, [{ plannedGrosze: 60 }, { plannedGrosze: 50 }])).toBe("tasksOverTotal");
    expect(adoptionProblem({ plannedGrosze: 110 }, [{ plannedGrosze: 60 }, { plannedGrosze: 50 }])).toBeNull();
  });

  it("sums money per task: planned, announced, granted", () => {
    const rows = moneyPerTask(
      [
        { id: "a", plannedGrosze: 1000 },
        { id: "b", plannedGrosze: 500 },
      ],
      [
        { taskId: "a", grosze: 300 },
        { taskId: "a", grosze: 200 },
        { taskId: "c", grosze: 999 },
      ],
      [{ taskId: "b", grosze: 120 }],
    );
    expect(rows).toEqual([
      { taskId: "a", plannedGrosze: 1000, announcedGrosze: 500, grantedGrosze: 0 },
      { taskId: "b", plannedGrosze: 500, announcedGrosze: 0, grantedGrosze: 120 },
    ]);
    expect(totals(rows)).toEqual({ plannedGrosze: 1500, announcedGrosze: 500, grantedGrosze: 120 });
  });

  it("flags a competition of a year with a programme in force that carries out none of its tasks", () => {
    const inForce = [{ yearFrom: 2026, yearTo: 2026, taskIds: ["t1", "t2"] }];
    expect(isOutsideProgramme({ year: 2026, status: "announced", priorityTaskId: null }, inForce)).toBe(true);
    expect(isOutsideProgramme({ year: 2026, status: "announced", priorityTaskId: "other" }, inForce)).toBe(true);
    expect(isOutsideProgramme({ year: 2026, status: "draft", priorityTaskId: "t2" }, inForce)).toBe(false);
    expect(isOutsideProgramme({ year: 2025, status: "announced", priorityTaskId: null }, inForce)).toBe(false);
    expect(isOutsideProgramme({ year: 2026, status: "cancelled", priorityTaskId: null }, inForce)).toBe(false);
    expect(competitionYear({ taskStartDate: "2026-03-01", publishedAt: null, createdAt: new Date("2025-12-01T10:00:00Z") })).toBe(2026);
  });

  it("validates the years of an annual and a multi-year programme", () => {
    const base = { title: "Program współpracy", yearFrom: "2027", planned: "100 000,00" };
    const annual = programmeSchema.safeParse({ ...base, kind: "annual", yearTo: "2029" });
    expect(annual.success && annual.data.yearTo).toBe(2027);
    expect(programmeSchema.safeParse({ ...base, kind: "multi_year", yearTo: "2029" }).success).toBe(true);
    expect(programmeSchema.safeParse({ ...base, kind: "multi_year", yearTo: "2027" }).success).toBe(false);
    expect(programmeSchema.safeParse({ ...base, kind: "multi_year", yearTo: "2033" }).success).toBe(false);
    expect(programmeSchema.safeParse({ ...base, kind: "annual", planned: "dużo" }).success).toBe(false);
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(0, 200)).toBe(0);
  });
});

let t: TestDatabase;
let admin: Principal;
let staff: Principal;
let resident: Principal;

async function principalOf(options: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(t.db, options);
  return (await loadPrincipal(t.db, user.id))!;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  admin = await principalOf({ isAdmin: true });
  staff = await principalOf({ isCentreStaff: true });
  resident = await principalOf();
});
afterAll(() => t?.close());

async function newProgramme(year: number, overrides: Record<string, unknown> = {}) {
  const result = await saveProgramme(t.db, admin, {
    title: `Program współpracy na rok ${year}`,
    kind: "annual",
    yearFrom: String(year),
    planned: "1 000 000,00",
    goals: "Wzmacnianie organizacji.",
    indicators: "liczba konkursów | 10\nliczba organizacji",
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function newTask(programmeId: string, planned = "400 000,00", areaSlug = "culture") {
  const result = await saveTask(t.db, admin, { programmeId, title: "Kultura i sztuka", areaSlug, planned });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

async function newConsultation(title = "Konsultacje programu") {
  const [row] = await t.db.insert(consultations).values({ title, status: "open" }).returning({ id: consultations.id });
  return row.id;
}

async function statusOf(id: string) {
  const [row] = await t.db.select().from(programmes).where(eq(programmes.id, id));
  return row;
}

describe("programme commands", () => {
  it("refuses residents and Centre staff, with nothing changed", async () => {
    const before = (await t.db.select().from(programmes)).length;
    for (const who of [resident, staff, null]) {
      await expect(saveProgramme(t.db, who, { title: "Program X", kind: "annual", yearFrom: "2030", planned: "1,00" })).rejects.toThrow(
        ForbiddenError,
      );
    }
    const id = await newProgramme(2031);
    await expect(adoptProgramme(t.db, resident, { id, resolutionNumber: "I/1/30", resolutionDate: "2030-11-20" })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(saveTask(t.db, staff, { programmeId: id, title: "Zadanie", areaSlug: "culture", planned: "1,00" })).rejects.toThrow(
      ForbiddenError,
    );
    expect((await t.db.select().from(programmes)).length).toBe(before + 1);
    expect((await statusOf(id)).status).toBe("draft");
  });

  it("goes through its states; adoption needs the resolution, is flagged late after 30 November; each write is audited", async () => {
    const id = await newProgramme(2027);
    const taskId = await newTask(id);
    const consultationId = await newConsultation();

    // adoption straight from the draft is refused, nothing changes
    const early = await adoptProgramme(
      t.db,
      admin,
      { id, resolutionNumber: "XV/210/26", resolutionDate: "2026-11-20" },
      new Date("2026-11-25T10:00:00Z"),
    );
    expect(early).toEqual({ ok: false, formError: "wrongState" });
    expect((await statusOf(id)).status).toBe("draft");

    expect((await startConsultation(t.db, admin, { id, consultationId: "" })).ok).toBe(false);
    expect(await startConsultation(t.db, admin, { id, consultationId })).toEqual({ ok: true, value: { id } });
    expect((await programmeOfConsultation(t.db, consultationId))?.id).toBe(id);

    // a second programme cannot take the same consultation
    const other = await newProgramme(2028);
    expect(await startConsultation(t.db, admin, { id: other, consultationId })).toEqual({
      ok: false,
      fieldErrors: { consultationId: ["consultationTaken"] },
    });

    // no resolution number: refused with a field error, nothing changed
    const now = new Date("2026-12-05T10:00:00Z");
    const missing = await adoptProgramme(t.db, admin, { id, resolutionNumber: "", resolutionDate: "2026-11-20" }, now);
    expect(missing.ok === false && missing.fieldErrors?.resolutionNumber?.[0]).toBe("required");
    const future = await adoptProgramme(t.db, admin, { id, resolutionNumber: "XV/210/26", resolutionDate: "2026-12-10" }, now);
    expect(future.ok === false && future.fieldErrors?.resolutionDate).toEqual(["dateInFuture"]);
    expect((await statusOf(id)).status).toBe("consultation");

    const adopted = await adoptProgramme(t.db, admin, { id, resolutionNumber: "XV/210/26", resolutionDate: "2026-12-02" }, now);
    expect(adopted).toEqual({ ok: true, value: { id, late: true } });
    const row = await statusOf(id);
    expect(row).toMatchObject({ status: "adopted", resolutionNumber: "XV/210/26", resolutionDate: "2026-12-02", adoptedLate: true });

    // tasks cannot change after adoption
    expect(await saveTask(t.db, admin, { programmeId: id, id: taskId, title: "Inna", areaSlug: "sport", planned: "1,00" })).toEqual({
      ok: false,
      formError: "notEditable",
    });
    expect(await removeTask(t.db, admin, { programmeId: id, id: taskId })).toEqual({ ok: false, formError: "notEditable" });

    // in force from 1 January of its year
    expect(await bringIntoForce(t.db, admin, { id }, now)).toEqual({ ok: false, formError: "notYetInForce" });
    expect((await bringIntoForce(t.db, admin, { id }, new Date("2027-01-02T10:00:00Z"))).ok).toBe(true);

    // the report after the year has ended; after 31 May it is flagged
    const reportNow = new Date("2028-06-10T10:00:00Z");
    const tooEarly = await reportProgramme(t.db, admin, { id, reportDate: "2027-12-20" }, reportNow);
    expect(tooEarly.ok === false && tooEarly.fieldErrors?.reportDate).toEqual(["reportTooEarly"]);
    expect(await reportProgramme(t.db, admin, { id, reportDate: "2028-06-05" }, reportNow)).toEqual({
      ok: true,
      value: { id, late: true },
    });
    expect((await statusOf(id)).status).toBe("reported");

    const actions = (await auditOf(t.db, id)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(["programme.save", "programme.consult", "programme.adopt", "programme.bringIntoForce", "programme.report"]),
    );
    expect((await auditOf(t.db, taskId)).map((a) => a.action)).toContain("programme.saveTask");
  });

  it("adopts on time without the flag, refuses adoption without tasks or with tasks over the total", async () => {
    const id = await newProgramme(2029, { planned: "100,00" });
    await startConsultation(t.db, admin, { id, consultationId: await newConsultation() });
    const now = new Date("2028-11-29T10:00:00Z");
    expect(await adoptProgramme(t.db, admin, { id, resolutionNumber: "X/1/28", resolutionDate: "2028-11-28" }, now)).toEqual({
      ok: false,
      formError: "noPriorityTasks",
    });
    const taskId = await newTask(id, "150,00");
    expect(await adoptProgramme(t.db, admin, { id, resolutionNumber: "X/1/28", resolutionDate: "2028-11-28" }, now)).toEqual({
      ok: false,
      formError: "tasksOverTotal",
    });
    expect((await statusOf(id)).status).toBe("consultation");
    expect((await saveTask(t.db, admin, { programmeId: id, id: taskId, title: "Sport", areaSlug: "sport", planned: "90,00" })).ok).toBe(
      true,
    );
    expect(await adoptProgramme(t.db, admin, { id, resolutionNumber: "X/1/28", resolutionDate: "2028-11-28" }, now)).toEqual({
      ok: true,
      value: { id, late: false },
    });
  });

  it("counts money per task live: planned, announced (competitions + small-grant pool), granted (signed contracts); flags competitions outside", async () => {
    const id = await newProgramme(2040);
    const culture = await newTask(id, "400 000,00", "culture");
    const sport = await newTask(id, "300 000,00", "sport");
    await startConsultation(t.db, admin, { id, consultationId: await newConsultation() });
    await adoptProgramme(t.db, admin, { id, resolutionNumber: "L/1/39", resolutionDate: "2039-11-20" }, new Date("2039-11-21T10:00:00Z"));
    expect((await bringIntoForce(t.db, admin, { id }, new Date("2040-01-02T10:00:00Z"))).ok).toBe(true);

    const orgId = await createOrganization(t.db);
    const year = { taskStartDate: "2040-03-01" };
    const announced = await createCompetition(t.db, "Kultura 2040");
    await t.db
      .update(competitions)
      .set({ ...year, status: "results_published", budgetGrosze: 20_000_000 })
      .where(eq(competitions.id, announced));
    const draft = await createCompetition(t.db, "Szkic 2040");
    await t.db
      .update(competitions)
      .set({ ...year, status: "draft", budgetGrosze: 5_000_000 })
      .where(eq(competitions.id, draft));
    const outside = await createCompetition(t.db, "Poza programem 2040");
    await t.db
      .update(competitions)
      .set({ ...year, status: "announced", budgetGrosze: 1_000_000 })
      .where(eq(competitions.id, outside));

    expect(await linkCompetition(t.db, resident, { competitionId: announced, priorityTaskId: culture }).catch((e) => e)).toBeInstanceOf(
      ForbiddenError,
    );
    expect((await linkCompetition(t.db, admin, { competitionId: announced, priorityTaskId: culture })).ok).toBe(true);
    expect((await linkCompetition(t.db, admin, { competitionId: draft, priorityTaskId: culture })).ok).toBe(true);
    expect(await linkCompetition(t.db, admin, { competitionId: outside, priorityTaskId: "00000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      fieldErrors: { priorityTaskId: ["invalid"] },
    });

    const contract = (values: Partial<typeof contracts.$inferInsert>) =>
      t.db.insert(contracts).values({
        number: `P/${Math.random()}`,
        source: "offer",
        organizationId: orgId,
        fundingForm: "support",
        title: "Umowa",
        startDate: "2040-03-01",
        endDate: "2040-12-31",
        totalGrantGrosze: 0,
        ...values,
      });
    await contract({ competitionId: announced, status: "signed", totalGrantGrosze: 8_000_000 });
    await contract({ competitionId: announced, status: "draft", totalGrantGrosze: 3_000_000 });
    await contract({ competitionId: announced, status: "terminated", totalGrantGrosze: 1_000_000 });

    await t.db.insert(smallGrantPools).values({ year: 2040, plannedPoolGrosze: 6_000_000 });
    expect((await linkPool(t.db, admin, { year: "2040", priorityTaskId: sport })).ok).toBe(true);
    const [grant] = await t.db
      .insert(smallGrants)
      .values({ organizationId: orgId, year: 2040, status: "accepted" })
      .returning({ id: smallGrants.id });
    await contract({ source: "small_grant", smallGrantId: grant.id, status: "in_progress", totalGrantGrosze: 900_000 });

    const p = (await getPublicProgramme(t.db, id))!;
    const byTask = Object.fromEntries(p.tasks.map((task) => [task.id, task.money]));
    expect(byTask[culture]).toEqual({ taskId: culture, plannedGrosze: 40_000_000, announcedGrosze: 20_000_000, grantedGrosze: 8_000_000 });
    expect(byTask[sport]).toEqual({ taskId: sport, plannedGrosze: 30_000_000, announcedGrosze: 6_000_000, grantedGrosze: 900_000 });
    expect(p.totals).toEqual({ plannedGrosze: 70_000_000, announcedGrosze: 26_000_000, grantedGrosze: 8_900_000 });

    const list = await listPublicProgrammes(t.db, { page: 1, pageSize: 50 });
    expect(list.items.find((item) => item.id === id)?.totals.grantedGrosze).toBe(8_900_000);

    const flagged = (await competitionsOutsideProgramme(t.db)).map((c) => c.id);
    expect(flagged).toContain(outside);
    expect(flagged).not.toContain(announced);
    expect(flagged).not.toContain(draft);
    expect((await linkCompetition(t.db, admin, { competitionId: outside, priorityTaskId: sport })).ok).toBe(true);
    expect((await competitionsOutsideProgramme(t.db)).map((c) => c.id)).not.toContain(outside);
    expect((await auditOf(t.db, outside)).map((a) => a.action)).toContain("programme.linkCompetition");

    // a second programme for the same year cannot be in force at once
    const second = await newProgramme(2040, { title: "Drugi program na rok 2040" });
    await newTask(second);
    await startConsultation(t.db, admin, { id: second, consultationId: await newConsultation() });
    await adoptProgramme(
      t.db,
      admin,
      { id: second, resolutionNumber: "L/2/39", resolutionDate: "2039-11-25" },
      new Date("2039-11-26T10:00:00Z"),
    );
    expect(await bringIntoForce(t.db, admin, { id: second }, new Date("2040-02-01T10:00:00Z"))).toEqual({
      ok: false,
      formError: "otherInForce",
    });
    expect((await statusOf(second)).status).toBe("adopted");
  });

  it("keeps drafts out of the public list and page", async () => {
    const id = await newProgramme(2050);
    expect(await getPublicProgramme(t.db, id)).toBeNull();
    const list = await listPublicProgrammes(t.db, { page: 1, pageSize: 100 });
    expect(list.items.map((p) => p.id)).not.toContain(id);
    const [task] = await t.db.select().from(programmeTasks).where(eq(programmeTasks.programmeId, id));
    expect(task).toBeUndefined();
  });
});
