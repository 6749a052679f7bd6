import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consultations } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { listConsultations, openConsultationsNow } from "./queries";

/** The home page's "open now" section, against a real database: the same consultations as the list's "open" filter. */
let t: TestDatabase;
const now = new Date("2026-12-06T12:00:00Z");
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(consultations).values([
    { title: "Kończy się później", status: "open", startsAt: at("2026-11-20T23:00:00Z"), endsAt: at("2026-12-30T23:00:00Z") },
    { title: "Kończy się wcześniej", status: "open", startsAt: at("2026-11-25T23:00:00Z"), endsAt: at("2026-12-12T23:00:00Z") },
    // the status job has not run yet: planned, but its start has come
    { title: "Zaczęła się dziś", status: "planned", startsAt: at("2026-12-05T23:00:00Z"), endsAt: at("2026-12-20T23:00:00Z") },
    { title: "Jeszcze się nie zaczęła", status: "planned", startsAt: at("2026-12-10T23:00:00Z"), endsAt: at("2026-12-31T23:00:00Z") },
    { title: "Już się skończyła", status: "open", startsAt: at("2026-11-01T23:00:00Z"), endsAt: at("2026-12-06T11:00:00Z") },
    { title: "Zamknięta", status: "closed", startsAt: at("2026-11-01T23:00:00Z"), endsAt: at("2026-12-31T23:00:00Z") },
  ]);
}, 60_000);
afterAll(() => t?.close());

describe("open consultations on the home page", () => {
  it("lists the consultations open now, the nearest end first, with the count of all", async () => {
    const rows = await openConsultationsNow(t.db, now, 10);
    expect(rows.map((r) => r.title)).toEqual(["Kończy się wcześniej", "Zaczęła się dziś", "Kończy się później"]);
    expect(rows.every((r) => r.total === 3)).toBe(true);
    expect(rows[0].endsAt).toEqual(at("2026-12-12T23:00:00Z"));
  });

  it("agrees with the list's open filter", async () => {
    const listed = await listConsultations(t.db, { open: true }, now);
    expect((await openConsultationsNow(t.db, now, 10)).map((r) => r.id).sort()).toEqual(listed.map((r) => r.id).sort());
  });

  it("shows at most the limit, and still counts them all", async () => {
    const rows = await openConsultationsNow(t.db, now, 1);
    expect(rows.map((r) => r.title)).toEqual(["Kończy się wcześniej"]);
    expect(rows[0].total).toBe(3);
  });
});
