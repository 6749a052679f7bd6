import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/open";
import { commissionMembers, competitions, organizationMembers, organizations, organizationTaskAreas, users } from "@/lib/db/schema";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoCompetitions, demoMemberships, demoUsers } from "./demo-data";
import { organizations as organizationSeeds } from "./organizations-data";

/** A stable UUID (version 5 layout, SHA-1 of a name), so the demo has the same ids on every fresh database. */
export function demoId(kind: string, key: string): string {
  const bytes = createHash("sha1").update(`wspolnie-demo:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const DAY = 24 * 60 * 60 * 1000;
const verifiedOrganizationsFrom = Date.parse("2025-09-01T10:00:00+02:00");
const pendingOrganizationsFrom = Date.parse("2026-11-18T14:30:00+01:00");
const usersFrom = Date.parse("2025-08-25T08:00:00+02:00");

async function demoAlreadySeeded(db: Pick<Db, "select">) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${DEMO_ADMIN_EMAIL}`)
    .limit(1);
  return rows.length > 0;
}

/**
 * Seeds the demo organisations, accounts and competitions into an empty database.
 * Idempotent: does nothing when admin@demo.test exists. Needs seedReferenceData first (districts).
 * Returns whether it seeded anything.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await demoAlreadySeeded(db)) return false;
  // Hashing is slow (argon2id): do it once, before the transaction opens.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    // Someone else may have seeded between the check and the transaction.
    if (await demoAlreadySeeded(tx)) return false;

    const organizationIds = new Map<string, string>();
    let pendingIndex = 0;
    const organizationRows = organizationSeeds.map((o, i) => {
      const id = demoId("organization", o.name);
      organizationIds.set(o.name, id);
      const createdAt =
        o.verificationStatus === "pending"
          ? new Date(pendingOrganizationsFrom + pendingIndex++ * 3 * DAY)
          : new Date(verifiedOrganizationsFrom + i * DAY);
      return {
        id,
        name: o.name,
        shortName: o.shortName,
        legalForm: o.legalForm,
        publicBenefitStatus: o.publicBenefitStatus,
        krs: o.krs,
        nip: o.nip,
        regon: o.regon,
        street: o.street,
        postalCode: o.postalCode,
        city: o.city,
        districtSlug: o.districtSlug,
        mission: o.mission,
        description: o.description,
        yearFounded: o.yearFounded,
        email: o.email,
        phone: o.phone,
        website: o.website,
        socialLinks: o.socialLinks,
        takesVolunteers: o.takesVolunteers,
        verificationStatus: o.verificationStatus,
        createdAt,
        updatedAt: createdAt,
      };
    });
    await tx.insert(organizations).values(organizationRows);
    await tx
      .insert(organizationTaskAreas)
      .values(organizationSeeds.flatMap((o) => o.areas.map((areaSlug) => ({ organizationId: organizationIds.get(o.name)!, areaSlug }))));

    const userIds = new Map<string, string>();
    await tx.insert(users).values(
      demoUsers.map((u, i) => {
        const id = demoId("user", u.email);
        userIds.set(u.email, id);
        const createdAt = new Date(usersFrom + i * 7 * DAY);
        return {
          id,
          email: u.email,
          name: u.name,
          passwordHash,
          emailVerifiedAt: new Date(createdAt.getTime() + 10 * 60 * 1000),
          isAdmin: u.isAdmin ?? false,
          active: u.active ?? true,
          locale: u.locale ?? "pl",
          createdAt,
        };
      }),
    );

    const idOf = <T>(map: Map<string, T>, key: string, what: string) => {
      const value = map.get(key);
      if (value === undefined) throw new Error(`seedDemo: unknown ${what} "${key}"`);
      return value;
    };

    await tx.insert(organizationMembers).values(
      demoMemberships.map((m) => {
        const userCreatedAt = new Date(usersFrom + demoUsers.findIndex((u) => u.email === m.email) * 7 * DAY);
        return {
          organizationId: idOf(organizationIds, m.organization, "organization"),
          userId: idOf(userIds, m.email, "user"),
          role: m.role,
          createdAt: new Date(userCreatedAt.getTime() + 60 * 60 * 1000),
        };
      }),
    );

    await tx.insert(competitions).values(
      demoCompetitions.map((c) => ({
        id: demoId("competition", c.number),
        number: c.number,
        title: c.title,
        status: c.status,
        createdAt: new Date(c.createdAt),
      })),
    );
    const commissionRows = demoCompetitions.flatMap((c) =>
      c.commission.map((m) => ({
        competitionId: demoId("competition", c.number),
        userId: idOf(userIds, m.email, "user"),
        role: m.role,
        createdAt: new Date(Date.parse(c.createdAt) + 14 * DAY),
      })),
    );
    if (commissionRows.length > 0) await tx.insert(commissionMembers).values(commissionRows);

    await recordAudit(tx, {
      actor: null,
      action: "seed.demo",
      entityType: "database",
      entityId: "demo",
      after: {
        organizations: organizationRows.length,
        users: demoUsers.length,
        memberships: demoMemberships.length,
        competitions: demoCompetitions.length,
        commissionMembers: commissionRows.length,
      },
    });
    return true;
  });
}
