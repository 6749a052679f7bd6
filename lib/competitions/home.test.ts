import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { competitions } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { latestPublishedResults, openCompetitionsNow } from "./queries";

/** The home page's two competition sections, against a real database. */
let t: TestDatabase;
const now = new Date("2026-12-06T12:00:00Z");
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(competitions).values([
    { number: "K/1", title: "Otwarty, termin później", status: "announced", offerDeadline: at("2027-01-20T15:00:00Z") },
    { number: "K/2", title: "Otwarty, termin wcześniej", status: "announced", offerDeadline: at("2026-12-20T15:00:00Z") },
    { number: "K/3", title: "Otwarty, termin najpóźniej", status: "announced", offerDeadline: at("2027-02-01T15:00:00Z") },
    { number: "K/4", title: "Termin minął", status: "announced", offerDeadline: at("2026-12-06T11:59:00Z") },
    { number: "K/5", title: "Szkic", status: "draft", offerDeadline: at("2027-01-10T15:00:00Z") },
    { number: "K/6", title: "Odwołany", status: "cancelled", offerDeadline: at("2027-01-10T15:00:00Z") },
    { number: "W/1", title: "Wyniki starsze", status: "results_published", resultsPublishedAt: at("2026-10-01T10:00:00Z") },
    { number: "W/2", title: "Wyniki najnowsze", status: "results_published", resultsPublishedAt: at("2026-11-30T10:00:00Z") },
    { number: "W/3", title: "Wyniki środkowe", status: "results_published", resultsPublishedAt: at("2026-11-01T10:00:00Z") },
    {
      number: "W/4",
      title: "Unieważniony po wynikach",
      status: "voided",
      resultsPublishedAt: at("2026-12-01T10:00:00Z"),
      voidedAt: at("2026-12-02T10:00:00Z"),
    },
    { number: "W/5", title: "Bez wyników", status: "offers_closed" },
  ]);
}, 60_000);
afterAll(() => t?.close());

describe("open competitions on the home page", () => {
  it("lists announced competitions whose deadline is ahead, the nearest first, with the count of all", async () => {
    const rows = await openCompetitionsNow(t.db, now, 10);
    expect(rows.map((r) => r.number)).toEqual(["K/2", "K/1", "K/3"]);
    expect(rows.every((r) => r.total === 3)).toBe(true);
    expect(rows[0].offerDeadline).toEqual(at("2026-12-20T15:00:00Z"));
  });

  it("shows at most the limit, and still counts them all", async () => {
    const rows = await openCompetitionsNow(t.db, now, 2);
    expect(rows.map((r) => r.number)).toEqual(["K/2", "K/1"]);
    expect(rows[0].total).toBe(3);
  });

  it("closes a competition at its deadline by the clock", async () => {
    const rows = await openCompetitionsNow(t.db, at("2026-12-20T15:00:00Z"), 10);
    expect(rows.map((r) => r.number)).toEqual(["K/1", "K/3"]);
  });
});

describe("latest results on the home page", () => {
  it("lists published results, the most recent first, leaving out voided competitions", async () => {
    const rows = await latestPublishedResults(t.db, 5);
    expect(rows.map((r) => r.number)).toEqual(["W/2", "W/3", "W/1"]);
    expect(rows[0].resultsPublishedAt).toEqual(at("2026-11-30T10:00:00Z"));
  });

  it("shows at most the limit", async () => {
    expect((await latestPublishedResults(t.db, 1)).map((r) => r.number)).toEqual(["W/2"]);
  });
});
