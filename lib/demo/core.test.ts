import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/open";
import { districts, organizationMembers, organizations, organizationTaskAreas, publicTaskAreas, users } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { hashPassword } from "@/lib/auth/password";
import { seedReferenceData } from "@/lib/db/reference";
import { districts as districtSeeds, publicTaskAreas as areaSeeds } from "@/lib/db/reference-data";
import { demoClock } from "./clock";
import { demoCoreSeeded, seedDemoCore } from "./core";
import { DEMO_PASSWORD, demoUsers } from "./demo-data";
import { isSeedNipValid, isSeedRegonValid, makeNip, makeRegon, nipCheckDigit, regonCheckDigit } from "./identifiers";
import { OWOP_NAME, SOCLAB_NAME, organizations as organizationSeeds } from "./organizations-data";

describe("identifier helpers", () => {
  it("compute the published check digits", () => {
    // NIP 123-456-32-18 and REGON 123456785 are the textbook examples.
    expect(nipCheckDigit("123456321")).toBe(8);
    expect(regonCheckDigit("12345678")).toBe(5);
    expect(isSeedNipValid("1234563218")).toBe(true);
    expect(isSeedNipValid("1234563219")).toBe(false);
    expect(isSeedRegonValid("123456785")).toBe(true);
    expect(isSeedRegonValid("123456786")).toBe(false);
  });

  it("are deterministic and never produce a NIP whose checksum is 10", () => {
    expect(makeNip("x")).toBe(makeNip("x"));
    expect(makeRegon("x")).toBe(makeRegon("x"));
    for (let i = 0; i < 2000; i++) {
      expect(isSeedNipValid(makeNip(`org ${i}`))).toBe(true);
      expect(isSeedRegonValid(makeRegon(`org ${i}`))).toBe(true);
    }
  });
});

describe("reference and organisation data", () => {
  it("covers all 29 districts and every point of art. 4 ust. 1", () => {
    expect(districtSeeds).toHaveLength(29);
    expect(new Set(districtSeeds.map((d) => d.slug)).size).toBe(29);
    expect(districtSeeds.map((d) => d.nr)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(areaSeeds).toHaveLength(41);
    expect(new Set(areaSeeds.map((a) => a.slug)).size).toBe(areaSeeds.length);
    expect(new Set(areaSeeds.map((a) => a.point)).size).toBe(areaSeeds.length);
    for (const a of areaSeeds) {
      expect(a.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(a.namePl[0]).toBe(a.namePl[0].toLocaleUpperCase("pl"));
    }
  });

  it("keeps every organisation consistent with the reference data", () => {
    const districtSlugs = new Set(districtSeeds.map((d) => d.slug));
    const areaSlugs = new Set(areaSeeds.map((a) => a.slug));
    for (const o of organizationSeeds) {
      expect(districtSlugs.has(o.districtSlug), o.name).toBe(true);
      expect(o.areas.length, o.name).toBeGreaterThanOrEqual(1);
      expect(o.areas.length, o.name).toBeLessThanOrEqual(3);
      for (const area of o.areas) expect(areaSlugs.has(area), `${o.name}: ${area}`).toBe(true);
      expect(o.postalCode, o.name).toMatch(/^15-\d{3}$/);
      expect(o.phone, o.name).toMatch(/^85 \d{3} \d{2} \d{2}$/);
      expect(o.email, o.name).toMatch(/@([a-z0-9-]+\.)*example\.(org|pl)$/);
      expect(o.website, o.name).toMatch(/^https:\/\/[a-z0-9.-]+\.example\.org$/);
      expect(o.yearFounded).toBeGreaterThanOrEqual(1989);
      expect(o.yearFounded).toBeLessThanOrEqual(2024);
      if (o.legalForm === "ordinary_association") expect(o.krs).toBeNull();
      else expect(o.krs, o.name).toMatch(/^\d{10}$/);
    }
    // Spread around the city: every district has at least one organisation.
    expect(new Set(organizationSeeds.map((o) => o.districtSlug)).size).toBe(29);
    // Unique names and identifiers (the database has unique indexes on KRS and NIP).
    for (const key of ["name", "krs", "nip", "regon", "email"] as const) {
      const values = organizationSeeds.map((o) => o[key]).filter((v) => v !== null);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });
});

const clock = demoClock(new Date("2026-12-05T09:00:00Z"));

describe("seedReferenceData + seedDemoCore", () => {
  // PGlite in memory by default; a throw-away PostgreSQL database with TEST_DATABASE_URL.
  let opened: TestDatabase;

  beforeAll(async () => {
    opened = await createTestDatabase();
    await seedReferenceData(opened.db);
    expect(await demoCoreSeeded(opened.db)).toBe(false);
    await seedDemoCore(opened.db, clock, await hashPassword(DEMO_PASSWORD));
    expect(await demoCoreSeeded(opened.db)).toBe(true);
    // Reference data again: upserted, not duplicated.
    await seedReferenceData(opened.db);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  const total = async (table: Parameters<ReturnType<Db["select"]>["from"]>[0]) => {
    const [{ n }] = await opened.db.select({ n: count() }).from(table);
    return n;
  };

  it("loads the reference tables once", async () => {
    expect(await total(districts)).toBe(29);
    expect(await total(publicTaskAreas)).toBe(areaSeeds.length);
  });

  it("loads about 60 organisations in the city's legal-form proportions", async () => {
    expect(await total(organizations)).toBe(60);
    const rows = await opened.db
      .select({ legalForm: organizations.legalForm, n: count() })
      .from(organizations)
      .groupBy(organizations.legalForm);
    expect(Object.fromEntries(rows.map((r) => [r.legalForm, r.n]))).toEqual({
      foundation: 9,
      association: 29,
      association_branch: 8,
      ordinary_association: 3,
      sports_club: 11,
    });
    const [{ opp }] = await opened.db.select({ opp: count() }).from(organizations).where(eq(organizations.publicBenefitStatus, true));
    expect(opp).toBe(6);
    const [{ pending }] = await opened.db
      .select({ pending: count() })
      .from(organizations)
      .where(eq(organizations.verificationStatus, "pending"));
    expect(pending).toBe(2);
    expect(await total(organizationTaskAreas)).toBe(organizationSeeds.reduce((sum, o) => sum + o.areas.length, 0));
  });

  it("includes SocLab and OWOP", async () => {
    const [soclab] = await opened.db.select().from(organizations).where(eq(organizations.name, SOCLAB_NAME));
    expect(soclab).toMatchObject({ shortName: "SocLab", legalForm: "foundation", verificationStatus: "verified" });
    const [owop] = await opened.db.select().from(organizations).where(eq(organizations.name, OWOP_NAME));
    expect(owop).toMatchObject({ shortName: "OWOP", legalForm: "association", publicBenefitStatus: true });
  });

  it("stores only checksum-valid NIP and REGON numbers", async () => {
    const rows = await opened.db.select({ nip: organizations.nip, regon: organizations.regon }).from(organizations);
    for (const r of rows) {
      expect(isSeedNipValid(r.nip!), r.nip!).toBe(true);
      expect(isSeedRegonValid(r.regon!), r.regon!).toBe(true);
    }
  });

  it("creates the demo accounts, verified, with the demo password", async () => {
    for (const email of ["admin@demo.test", "ngo@demo.test", "ngo2@demo.test", "komisja@demo.test", "mieszkaniec@demo.test"]) {
      const [user] = await opened.db.select().from(users).where(eq(users.email, email));
      expect(user, email).toBeDefined();
      expect(user.emailVerifiedAt, email).not.toBeNull();
    }
    const [admin] = await opened.db.select().from(users).where(eq(users.email, "admin@demo.test"));
    expect(admin).toMatchObject({ name: "Anna Pawłowska", isAdmin: true, active: true });
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
    const [resident] = await opened.db.select().from(users).where(eq(users.email, "mieszkaniec@demo.test"));
    expect(resident.isAdmin).toBe(false);
    const [{ n: residentMemberships }] = await opened.db
      .select({ n: count() })
      .from(organizationMembers)
      .where(eq(organizationMembers.userId, resident.id));
    expect(residentMemberships).toBe(0);
    const [{ inactive }] = await opened.db.select({ inactive: count() }).from(users).where(eq(users.active, false));
    expect(inactive).toBe(1);
    const [{ n: admins }] = await opened.db.select({ n: count() }).from(users).where(eq(users.isAdmin, true));
    expect(admins).toBe(1);
    const [{ unverified }] = await opened.db
      .select({ unverified: count() })
      .from(users)
      .where(sql`${users.emailVerifiedAt} is null`);
    expect(unverified).toBe(0);
  });

  it("makes ngo@demo.test the owner of SocLab and ngo2@demo.test the owner of OWOP", async () => {
    const ownerOf = async (name: string) =>
      opened.db
        .select({ email: users.email })
        .from(organizationMembers)
        .innerJoin(users, eq(users.id, organizationMembers.userId))
        .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
        .where(and(eq(organizations.name, name), eq(organizationMembers.role, "owner")));
    expect(await ownerOf(SOCLAB_NAME)).toEqual([{ email: "ngo@demo.test" }]);
    expect(await ownerOf(OWOP_NAME)).toEqual([{ email: "ngo2@demo.test" }]);
  });

  it("gives every organization that bids in the demo's competitions an owner, and dates everything before today", async () => {
    const rows = await opened.db.select({ createdAt: organizations.createdAt }).from(organizations);
    for (const r of rows) expect(r.createdAt.getTime()).toBeLessThan(clock.now.getTime());
    const people = await opened.db.select({ createdAt: users.createdAt }).from(users);
    expect(people).toHaveLength(demoUsers.length);
    for (const p of people) expect(p.createdAt.getTime()).toBeLessThan(clock.now.getTime());
  });
});

describe("determinism", () => {
  it("produces the same rows on a second empty database", async () => {
    const snapshot = async () => {
      const opened = await createTestDatabase();
      try {
        await seedReferenceData(opened.db);
        await seedDemoCore(opened.db, clock, "hash");
        const orgs = await opened.db.select().from(organizations).orderBy(organizations.id);
        const people = await opened.db
          .select({ id: users.id, email: users.email, createdAt: users.createdAt, emailVerifiedAt: users.emailVerifiedAt })
          .from(users)
          .orderBy(users.id);
        return { orgs, people };
      } finally {
        await opened.close();
      }
    };
    const [first, second] = [await snapshot(), await snapshot()];
    expect(second).toEqual(first);
  }, 120_000);
});
