import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { competitions } from "@/lib/db/schema/competitions";
import { consultations } from "@/lib/db/schema/consultations";
import { meetings } from "@/lib/db/schema/meetings";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createCompetition } from "@/tests/factories";
import { competitionsAtom, consultationsAtom, deadlinesIcs, eventsIcs } from "./content";
import { feedCompetitions, feedConsultations, feedDeadlines, feedEvents } from "./queries";

let t: TestDatabase;
const now = new Date("2027-01-04T09:00:00Z");
let announced: string;
let decided: string;
let draft: string;
let consultation: string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});

/** The Atom document parsed, after checking it is well-formed XML with the Atom namespace and RFC 4287's required elements. */
function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml);
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const name of ["id", "title", "updated"]) expect(feed[name]).toBeTruthy();
  expect(feed.author[0].name).toBeTruthy();
  expect(feed.link.some((l: Record<string, string>) => l["@rel"] === "self")).toBe(true);
  const entries: Record<string, unknown>[] = feed.entry ?? [];
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const name of ["id", "title", "updated"]) expect(entry[name]).toBeTruthy();
    expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
    expect(String(entry.id)).toMatch(/^https:\/\/wspolnie\.test\//);
    ids.add(String(entry.id));
  }
  expect(ids.size).toBe(entries.length);
  return { feed, entries };
}

const text = (value: unknown) =>
  typeof value === "object" && value !== null ? String((value as Record<string, unknown>)["#text"]) : String(value);

/** The VEVENTs of an iCalendar text parsed by ical.js, after checking the calendar's required properties. */
function parseIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  for (const e of events) {
    expect(e.uid).toBeTruthy();
    expect(e.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(e.startDate).toBeTruthy();
  }
  return events;
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  t = await createTestDatabase();
  draft = await createCompetition(t.db, "Szkic, którego nie widać");
  announced = await createCompetition(t.db, "Kultura <i> sztuka & „dziedzictwo”");
  decided = await createCompetition(t.db, "Sport dzieci i młodzieży");
  await t.db
    .update(competitions)
    .set({
      status: "announced",
      description: "Wsparcie zadań z zakresu kultury.",
      publishedAt: new Date("2026-12-01T10:00:00Z"),
      offerDeadline: new Date("2027-01-20T14:00:00Z"),
    })
    .where(eq(competitions.id, announced));
  await t.db
    .update(competitions)
    .set({
      status: "results_published",
      publishedAt: new Date("2026-10-01T10:00:00Z"),
      offerDeadline: new Date("2026-10-25T14:00:00Z"),
      resultsPublishedAt: new Date("2026-12-15T12:00:00Z"),
    })
    .where(eq(competitions.id, decided));
  const [c] = await t.db
    .insert(consultations)
    .values({
      title: "Program współpracy na 2027 rok",
      subject: "Projekt programu; uwagi, opinie",
      status: "report_published",
      startsAt: new Date("2026-10-01T00:00:00Z"),
      endsAt: new Date("2026-10-20T00:00:00Z"),
      reportPublishedAt: new Date("2026-11-05T10:00:00Z"),
      createdAt: new Date("2026-09-20T10:00:00Z"),
      updatedAt: new Date("2026-10-20T10:00:00Z"),
    })
    .returning({ id: consultations.id });
  consultation = c.id;
  await t.db.insert(meetings).values([
    {
      kind: "training",
      title: "Szkolenie: sprawozdania, rozliczenia; ZUS",
      description: "Dla księgowych\norganizacji",
      place: "Centrum, ul. Świętojańska 22/1",
      startsAt: new Date("2027-01-12T09:00:00Z"),
      endsAt: new Date("2027-01-12T12:00:00Z"),
      capacity: 20,
    },
    {
      kind: "workshop",
      title: "Warsztat sprzed roku",
      place: "Online",
      startsAt: new Date("2025-12-01T09:00:00Z"),
      endsAt: new Date("2025-12-01T10:00:00Z"),
      capacity: 20,
    },
  ]);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("feeds", () => {
  it("competitions: a valid Atom feed of published competitions and their results, no drafts", async () => {
    const { feed, entries } = parseAtom(competitionsAtom(await feedCompetitions(t.db)));
    expect(feed.id).toBe("https://wspolnie.test/feeds/competitions.xml");
    const links = entries.map((e) => (e.link as Record<string, string>[])[0]["@href"]);
    expect(links).toContain(`https://wspolnie.test/competitions/${announced}`);
    expect(links).toContain(`https://wspolnie.test/competitions/${decided}/results`);
    expect(links.some((l) => l.includes(draft))).toBe(false);
    // the results are the newest entry, so they lead the feed and set its date
    expect(links[0]).toBe(`https://wspolnie.test/competitions/${decided}/results`);
    expect(feed.updated).toBe("2026-12-15T12:00:00.000Z");
    // a title is text as written: markup-like characters come back literally once the HTML is read
    const title = entries.find((e) => (e.link as Record<string, string>[])[0]["@href"].endsWith(announced))!.title;
    expect(text(title).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).toMatch(/— Kultura <i> sztuka & „dziedzictwo”$/);
  });

  it("consultations: a valid Atom feed with the report as an entry", async () => {
    const { entries } = parseAtom(consultationsAtom(await feedConsultations(t.db)));
    const links = entries.map((e) => (e.link as Record<string, string>[])[0]["@href"]);
    expect(links).toEqual([
      `https://wspolnie.test/consultations/${consultation}/report`,
      `https://wspolnie.test/consultations/${consultation}`,
    ]);
  });

  it("an empty feed is still valid", () => {
    const { entries } = parseAtom(consultationsAtom([]));
    expect(entries).toEqual([]);
  });

  it("events: a valid iCalendar feed of the events from 90 days back", async () => {
    const events = parseIcs(eventsIcs(await feedEvents(t.db, now)));
    expect(events.map((e) => e.summary)).toEqual(["Szkolenie: sprawozdania, rozliczenia; ZUS"]);
    const [e] = events;
    expect(e.startDate.toJSDate().toISOString()).toBe("2027-01-12T09:00:00.000Z");
    expect(e.endDate.toJSDate().toISOString()).toBe("2027-01-12T12:00:00.000Z");
    expect(e.location).toBe("Centrum, ul. Świętojańska 22/1");
    expect(e.description).toBe("Dla księgowych organizacji");
  });

  it("deadlines: a valid iCalendar feed of the offer deadlines of published competitions", async () => {
    const events = parseIcs(deadlinesIcs(await feedDeadlines(t.db, now)));
    expect(events.map((e) => e.uid)).toEqual([`competition-deadline-${decided}@wspolnie`, `competition-deadline-${announced}@wspolnie`]);
    expect(events[1].startDate.toJSDate().toISOString()).toBe("2027-01-20T14:00:00.000Z");
    expect(events[1].summary).toContain("Kultura <i> sztuka & „dziedzictwo”");
  });
});
