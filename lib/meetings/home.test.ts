import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "@/lib/db/schema/meetings";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { upcomingMeetings } from "./queries";

/** The home page's "upcoming meetings" section, against a real database. */
let t: TestDatabase;
const now = new Date("2026-12-06T12:00:00Z");
const meeting = (title: string, startsAt: string, endsAt: string) => ({
  kind: "workshop" as const,
  title,
  place: "Centrum, ul. Świętojańska 22/1",
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  capacity: 20,
});

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db
    .insert(meetings)
    .values([
      meeting("Za miesiąc", "2027-01-06T17:00:00Z", "2027-01-06T19:00:00Z"),
      meeting("Trwa teraz", "2026-12-06T11:00:00Z", "2026-12-06T13:00:00Z"),
      meeting("Jutro", "2026-12-07T17:00:00Z", "2026-12-07T19:00:00Z"),
      meeting("Wczoraj", "2026-12-05T17:00:00Z", "2026-12-05T19:00:00Z"),
    ]);
}, 60_000);
afterAll(() => t?.close());

describe("upcoming meetings on the home page", () => {
  it("lists meetings not yet ended, the soonest first, as JSON the cache can keep", async () => {
    const rows = await upcomingMeetings(t.db, now, 10);
    expect(rows.map((r) => r.title)).toEqual(["Trwa teraz", "Jutro", "Za miesiąc"]);
    expect(rows[1]).toMatchObject({ startsAt: "2026-12-07T17:00:00.000Z", place: "Centrum, ul. Świętojańska 22/1", total: 3 });
  });

  it("shows at most the limit, and still counts them all", async () => {
    const rows = await upcomingMeetings(t.db, now, 2);
    expect(rows.map((r) => r.title)).toEqual(["Trwa teraz", "Jutro"]);
    expect(rows[0].total).toBe(3);
  });
});
