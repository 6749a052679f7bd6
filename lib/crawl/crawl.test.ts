import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { robotsFile } from "@/lib/crawl/robots";
import { publicPages, sitemapEntries } from "@/lib/crawl/sitemap";
import { insertConsultation } from "@/lib/consultations/testing";
import { competitions, meetings, organizations, smallGrants } from "@/lib/db/schema";
import { createTestContract } from "@/lib/reports/testing";
import { createCompetition, createOrganization } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

const base = "https://wspolnie.example.pl";

async function verifiedOrganization(name: string) {
  const id = await createOrganization(t.db, name);
  await t.db.update(organizations).set({ verificationStatus: "verified" }).where(eq(organizations.id, id));
  return id;
}

async function smallGrant(organizationId: string, published: boolean) {
  const [row] = await t.db
    .insert(smallGrants)
    .values({
      organizationId,
      title: "Piknik sąsiedzki",
      status: published ? "published" : "draft",
      publishedAt: published ? new Date() : null,
    })
    .returning({ id: smallGrants.id });
  return row.id;
}

describe("sitemap.xml", () => {
  it("lists the public pages and public records at absolute addresses from APP_URL, never drafts or unverified records", async () => {
    vi.stubEnv("APP_URL", `${base}/`);
    const verified = await verifiedOrganization("Fundacja Widoczna");
    const pending = await createOrganization(t.db, "Stowarzyszenie Oczekujące");
    const announced = await createCompetition(t.db, "Konkurs ogłoszony");
    await t.db.update(competitions).set({ status: "announced", publishedAt: new Date() }).where(eq(competitions.id, announced));
    const draftCompetition = await createCompetition(t.db, "Konkurs w przygotowaniu");
    const consultation = await insertConsultation(t.db, { status: "open" });
    const signed = await createTestContract(t.db, verified, { status: "in_progress" });
    const draftContract = await createTestContract(t.db, verified, { status: "draft" });
    const publishedGrant = await smallGrant(verified, true);
    const draftGrant = await smallGrant(verified, false);
    const [meeting] = await t.db
      .insert(meetings)
      .values({
        kind: "workshop",
        title: "Warsztaty",
        place: "Ratusz",
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 3_600_000),
        capacity: 20,
      })
      .returning({ id: meetings.id });

    const entries = await sitemapEntries(t.db);
    const urls = entries.map((e) => e.url);

    for (const entry of entries) {
      expect(entry.url.startsWith(`${base}/`)).toBe(true);
      expect(Object.values(entry.alternates?.languages ?? {}).every((url) => url!.startsWith(base))).toBe(true);
    }
    expect(urls).toEqual(expect.arrayContaining(publicPages.map((path) => `${base}${path}`)));
    expect(entries.find((e) => e.url === `${base}/`)?.alternates?.languages).toEqual({ pl: `${base}/`, en: `${base}/en` });

    for (const path of [
      `/organizations/${verified}`,
      `/competitions/${announced}`,
      `/consultations/${consultation}`,
      `/contracts/${signed.id}`,
      `/small-grants/${publishedGrant}`,
      `/meetings/${meeting.id}`,
    ])
      expect(urls).toContain(`${base}${path}`);
    for (const id of [pending, draftCompetition, draftContract.id, draftGrant]) expect(urls.some((url) => url.endsWith(id))).toBe(false);

    const organization = entries.find((e) => e.url === `${base}/organizations/${verified}`)!;
    expect(organization.lastModified).toBeInstanceOf(Date);
    expect(organization.alternates?.languages).toEqual({
      pl: `${base}/organizations/${verified}`,
      en: `${base}/en/organizations/${verified}`,
    });
  });
});

describe("robots.txt", () => {
  it("opens public pages and the open-data API, closes private areas in both languages, and points to the sitemap from APP_URL", () => {
    vi.stubEnv("APP_URL", base);
    const robots = robotsFile();
    expect(robots.sitemap).toBe(`${base}/sitemap.xml`);
    const rules = Array.isArray(robots.rules) ? robots.rules[0] : robots.rules;
    expect(rules.allow).toEqual(["/", "/api/v1/"]);
    expect(rules.disallow).toEqual(
      expect.arrayContaining(["/api/", "/admin", "/account", "/commission", "/en/admin", "/en/account", "/en/commission"]),
    );
  });
});
