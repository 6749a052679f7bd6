import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { organizations, organizationTaskAreas } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { demoClock, seedDemoCore } from "@/lib/demo";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { parseDirectoryFilters } from "./filters";
import { countOrganizations, getPublicOrganization, searchOrganizations } from "./queries";
import { widerSearches } from "./suggestions";
import { organizationStatistics } from "./statistics";

let t: TestDatabase;
const ids: Record<string, string> = {};

type NewOrg = typeof organizations.$inferInsert & { key: string; areas?: string[] };

const orgs: NewOrg[] = [
  { key: "lab", name: "Fundacja Laboratorium", legalForm: "foundation", districtSlug: "centrum", areas: ["education"] },
  {
    key: "labLong",
    name: "Fundacja Laboratorium Badań Społecznych",
    legalForm: "foundation",
    publicBenefitStatus: true,
    description: "Nasze laboratorium prowadzi badania w Białymstoku.",
    districtSlug: "centrum",
    areas: ["education", "human-rights"],
  },
  {
    key: "club",
    name: "Klub Sportowy Białystok",
    legalForm: "sports_club",
    districtSlug: "bojary",
    areas: ["sport"],
    takesVolunteers: false,
  },
  {
    key: "mind",
    name: "Stowarzyszenie Zdrowie Psychiczne",
    legalForm: "association",
    publicBenefitStatus: true,
    takesVolunteers: true,
    districtSlug: "centrum",
    mission: "Wspieramy osoby w kryzysie.",
    areas: ["health"],
  },
  {
    key: "forest",
    name: "Towarzystwo Przyjaciół Puszczy",
    legalForm: "association",
    mission: "Sadzimy drzewa.",
    districtSlug: "dojlidy",
    areas: ["ecology"],
  },
  {
    key: "quiet",
    name: "Stowarzyszenie Ciche",
    legalForm: "association",
    description: "Tajny opis o kaczuszkach.",
    email: "ukryty@example.org",
    hiddenFields: ["description", "email"],
  },
  { key: "pending", name: "Fundacja Oczekująca Białystok", legalForm: "foundation", verificationStatus: "pending", areas: ["health"] },
  { key: "refused", name: "Fundacja Odrzucona Zdrowie", legalForm: "foundation", verificationStatus: "refused" },
];

const search = (query: Record<string, string>) => searchOrganizations(t.db, parseDirectoryFilters(query));
const names = async (query: Record<string, string>) => (await search(query)).rows.map((r) => r.name);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  for (const [i, { key, areas, ...values }] of orgs.entries()) {
    const [row] = await t.db
      .insert(organizations)
      .values({ verificationStatus: "verified", ...values, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) })
      .returning({ id: organizations.id });
    ids[key] = row.id;
    if (areas?.length) await t.db.insert(organizationTaskAreas).values(areas.map((areaSlug) => ({ organizationId: row.id, areaSlug })));
  }
});
afterAll(() => t?.close());

describe("directory search", () => {
  it("puts the exact name first", async () => {
    expect((await names({ q: "Fundacja Laboratorium" }))[0]).toBe("Fundacja Laboratorium");
    expect((await names({ q: "fundacja laboratorium badan spolecznych" }))[0]).toBe("Fundacja Laboratorium Badań Społecznych");
  });

  it("ignores Polish diacritics and case", async () => {
    expect(await names({ q: "bialystok" })).toEqual(["Klub Sportowy Białystok"]);
    expect(await names({ q: "BIAŁYSTOK" })).toContain("Klub Sportowy Białystok");
    expect(await names({ q: "przyjaciol puszczy" })).toEqual(["Towarzystwo Przyjaciół Puszczy"]);
  });

  it('finds "Zdrowie psychiczne" by "zdrowie"', async () => {
    expect(await names({ q: "zdrowie" })).toContain("Stowarzyszenie Zdrowie Psychiczne");
    expect(await names({ q: "zdrowie psychiczne" })).toEqual(["Stowarzyszenie Zdrowie Psychiczne"]);
  });

  it("tolerates a one-letter typo", async () => {
    expect(await names({ q: "Laboratorim" })).toEqual(
      expect.arrayContaining(["Fundacja Laboratorium", "Fundacja Laboratorium Badań Społecznych"]),
    );
    expect(await names({ q: "psychicne" })).toEqual(["Stowarzyszenie Zdrowie Psychiczne"]);
    expect(await names({ q: "puszcy" })).toEqual(["Towarzystwo Przyjaciół Puszczy"]);
  });

  it("finds by the name of a task area", async () => {
    // "Ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego"
    expect(await names({ q: "zwierzat" })).toEqual(["Towarzystwo Przyjaciół Puszczy"]);
  });

  it("combines filters with the search", async () => {
    expect(await names({ q: "laboratorium", opp: "1" })).toEqual(["Fundacja Laboratorium Badań Społecznych"]);
    expect(await names({ legalForm: "association", district: "centrum" })).toEqual(["Stowarzyszenie Zdrowie Psychiczne"]);
    expect(await names({ area: "education", opp: "0" })).toEqual(["Fundacja Laboratorium"]);
    expect(await names({ volunteers: "1", area: "health" })).toEqual(["Stowarzyszenie Zdrowie Psychiczne"]);
    expect(await names({ q: "bialystok", legalForm: "sports_club", district: "bojary" })).toEqual(["Klub Sportowy Białystok"]);
    expect(await names({ q: "bialystok", legalForm: "association" })).toEqual([]);
  });

  it("never lists pending or refused organizations", async () => {
    const all = await names({ pageSize: "100" });
    expect(all).not.toContain("Fundacja Oczekująca Białystok");
    expect(all).not.toContain("Fundacja Odrzucona Zdrowie");
    expect(all).toHaveLength(6);
    expect(await names({ q: "oczekujaca" })).toEqual([]);
    expect(await getPublicOrganization(t.db, ids.pending)).toBeNull();
    expect(await getPublicOrganization(t.db, ids.refused)).toBeNull();
    expect(await getPublicOrganization(t.db, "not-a-uuid")).toBeNull();
  });

  it("does not search or show hidden fields", async () => {
    expect(await names({ q: "kaczuszkach" })).toEqual([]);
    const quiet = await getPublicOrganization(t.db, ids.quiet);
    expect(quiet).not.toBeNull();
    expect(quiet).not.toHaveProperty("email");
    expect(quiet).not.toHaveProperty("description");
    const listed = (await search({ q: "ciche" })).rows[0];
    expect(JSON.stringify(listed)).not.toContain("ukryty@example.org");
    // Un-hiding makes the description searchable again (the column is maintained by PostgreSQL).
    await t.db
      .update(organizations)
      .set({ hiddenFields: ["email"] })
      .where(eq(organizations.id, ids.quiet));
    expect(await names({ q: "kaczuszkach" })).toEqual(["Stowarzyszenie Ciche"]);
  });

  it("sorts by name or newest, pages with a total, and returns the profile's areas and district", async () => {
    expect(await names({ pageSize: "3" })).toEqual([
      "Fundacja Laboratorium",
      "Fundacja Laboratorium Badań Społecznych",
      "Klub Sportowy Białystok",
    ]);
    const page2 = await search({ pageSize: "4", page: "2" });
    expect(page2).toMatchObject({ total: 6, page: 2, pageCount: 2 });
    expect(page2.rows.map((r) => r.name)).toEqual(["Stowarzyszenie Zdrowie Psychiczne", "Towarzystwo Przyjaciół Puszczy"]);
    expect((await search({ page: "9" })).total).toBe(6);
    expect((await names({ sort: "newest" }))[0]).toBe("Stowarzyszenie Ciche");
    const lab = await getPublicOrganization(t.db, ids.labLong);
    // areas in the act's order: education (14) before human rights (22)
    expect(lab).toMatchObject({ districtSlug: "centrum", districtName: "Centrum", areas: ["education", "human-rights"] });
  });

  it("puts an exact short name first", async () => {
    await t.db.update(organizations).set({ shortName: "PTP" }).where(eq(organizations.id, ids.forest));
    try {
      expect((await names({ q: "ptp" }))[0]).toBe("Towarzystwo Przyjaciół Puszczy");
      expect((await names({ q: "towarzystwo przyjaciol puszczy" }))[0]).toBe("Towarzystwo Przyjaciół Puszczy");
    } finally {
      await t.db.update(organizations).set({ shortName: null }).where(eq(organizations.id, ids.forest));
    }
  });

  // Both shapes of the page statement (filters only: an index order and a counting subquery; with
  // words: the matches counted and ranked once) agree with the whole list (the CSV export's read).
  it.each([
    ["no filter", {}],
    ["by newest", { sort: "newest" }],
    ["a district", { district: "centrum" }],
    ["an area and a legal form", { area: "education", legalForm: "foundation" }],
    ["words", { q: "stowarzyszenie" }],
    ["words by name", { q: "fundacja", sort: "name" }],
    ["words by newest", { q: "s", sort: "newest" }],
    ["words and a filter", { q: "laboratorium", opp: "1" }],
  ])("pages %s consistently with the total and the whole list", async (_label, query: Record<string, string>) => {
    const filters = parseDirectoryFilters(query);
    const all = await searchOrganizations(t.db, filters, { all: true });
    const paged = [];
    for (let page = 1; page <= Math.max(1, Math.ceil(all.total / 2)); page++) {
      const result = await search({ ...query, pageSize: "2", page: String(page) });
      expect(result.total).toBe(all.total);
      paged.push(...result.rows.map((r) => r.id));
    }
    expect(paged).toEqual(all.rows.map((r) => r.id));
    expect(await countOrganizations(t.db, filters)).toBe(all.total);
  });

  it("uses the trigram index expression (search_text is normalized by f_search_norm)", async () => {
    const result = (await t.db.execute(sql`select f_search_norm('Zażółć Gęślą JAŹŃ') as v`)) as unknown as { rows?: { v: string }[] } & {
      v: string;
    }[];
    const value = result.rows ? result.rows[0].v : result[0].v;
    expect(value).toBe("zazolc gesla jazn");
  });
});

describe("statistics", () => {
  it("counts verified organizations by legal form, OPP, area and district", async () => {
    const stats = await organizationStatistics(t.db);
    expect(stats.total).toBe(6);
    expect(stats.byLegalForm).toEqual([
      { legalForm: "association", count: 3 },
      { legalForm: "foundation", count: 2 },
      { legalForm: "sports_club", count: 1 },
    ]);
    expect(stats.byPublicBenefit).toEqual([
      { publicBenefitStatus: true, count: 2 },
      { publicBenefitStatus: false, count: 4 },
    ]);
    expect(stats.byArea.find((a) => a.slug === "education")?.count).toBe(2);
    // the pending organization's "health" does not count
    expect(stats.byArea.find((a) => a.slug === "health")?.count).toBe(1);
    expect(stats.byDistrict[0]).toEqual({ slug: "centrum", name: "Centrum", count: 3 });
    expect(stats.byDistrict.find((d) => d.slug === null)?.count).toBe(1);
  });
});

describe("demo data", () => {
  let demo: TestDatabase;
  beforeAll(async () => {
    demo = await createTestDatabase();
    await seedReferenceData(demo.db);
    await seedDemoCore(demo.db, demoClock(), "not-a-password-hash");
  });
  afterAll(() => demo?.close());

  it("finds the demo organizations the journeys rely on, without diacritics too", async () => {
    const run = (q: string) => searchOrganizations(demo.db, parseDirectoryFilters({ q }));
    expect((await run("SocLab")).rows[0]?.name).toBe("Fundacja Laboratorium Badań i Działań Społecznych SocLab");
    expect((await run("Ośrodek Wspierania Organizacji Pozarządowych")).rows[0]?.name).toBe("Ośrodek Wspierania Organizacji Pozarządowych");
    expect((await run("osrodek wspierania organizacji pozarzadowych")).rows[0]?.name).toBe("Ośrodek Wspierania Organizacji Pozarządowych");
    expect((await run("zdrowie")).total).toBeGreaterThan(0);
    expect((await run("Kadr Podlasia")).total).toBe(0); // pending in the demo
  });

  it('finds inflected words: "osoby starsze" finds profiles saying "osób starszych"', async () => {
    const names = (await searchOrganizations(demo.db, parseDirectoryFilters({ q: "osoby starsze" }))).rows.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(["Fundacja Wspierania Seniorów „Złota Jesień”", "Stowarzyszenie Uniwersytet Trzeciego Wieku w Białymstoku"]),
    );
  });

  it('reads a district in the text as the district filter ("seniorów Piasta"), unless asked to search everywhere', async () => {
    const result = await searchOrganizations(demo.db, parseDirectoryFilters({ q: "seniorów Piasta" }));
    expect(result.districtsInQuery.map((d) => d.slug)).toEqual(["piasta-i", "piasta-ii"]);
    expect(result.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(["Fundacja Wspierania Seniorów „Złota Jesień”", "Stowarzyszenie Uniwersytet Trzeciego Wieku w Białymstoku"]),
    );
    expect(result.rows.every((r) => r.districtSlug === "piasta-i" || r.districtSlug === "piasta-ii")).toBe(true);
    const everywhere = await searchOrganizations(demo.db, parseDirectoryFilters({ q: "seniorów Piasta", everywhere: "1" }));
    expect(everywhere).toMatchObject({ total: 0, districtsInQuery: [] });
    // A district's name inside an organization's name still finds it elsewhere in the city.
    const centrum = await searchOrganizations(demo.db, parseDirectoryFilters({ q: "centrum wolontariatu" }));
    expect(centrum.districtsInQuery.map((d) => d.slug)).toEqual(["centrum"]);
    expect(centrum.rows[0]?.name).toBe("Stowarzyszenie Centrum Wolontariatu w Białymstoku");
  });

  it("suggests, for an empty result, each filter whose removal finds something", async () => {
    const filters = parseDirectoryFilters({ q: "szachy", district: "bojary" });
    expect((await searchOrganizations(demo.db, filters)).total).toBe(0);
    const wider = await widerSearches(demo.db, filters, false);
    expect(wider.map((w) => w.kind)).toEqual(["q", "district"]);
    const district = wider.find((w) => w.kind === "district")!;
    expect(district.filters).toMatchObject({ q: "szachy", district: undefined, page: 1 });
    expect(district.total).toBe(await countOrganizations(demo.db, district.filters));
    expect(district.total).toBe(1); // the chess club, on Piasta
    expect(wider.find((w) => w.kind === "q")?.filters).toMatchObject({ q: undefined, district: "bojary", sort: "name" });
    const inText = parseDirectoryFilters({ q: "szachy Bojary" });
    expect(await widerSearches(demo.db, inText, true)).toEqual([]);
  });
});
