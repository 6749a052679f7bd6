import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { organizationMembers, organizations, organizationTaskAreas, users } from "@/lib/db/schema";
import type { DemoClock } from "./clock";
import { DEMO_ADMIN_EMAIL, demoMemberships, demoUsers } from "./demo-data";
import { demoId } from "./ids";
import { organizations as organizationSeeds } from "./organizations-data";

export { demoId };

const DAY = 24 * 60 * 60 * 1000;

/** Whether the demo's people and organisations are there (admin@demo.test exists). */
export async function demoCoreSeeded(db: Pick<Db, "select">) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${DEMO_ADMIN_EMAIL}`)
    .limit(1);
  return rows.length > 0;
}

/**
 * The demo's organisations, accounts and memberships: data without a history to replay, loaded as
 * rows (about 60 organisations, the demo accounts with `passwordHash`). Their dates are counted back
 * from the clock: organisations registered over the last year and a half, the two waiting for
 * verification in the last weeks. Plain (no server-only imports): the bench script loads it too.
 */
export async function seedDemoCore(db: Db | Tx, clock: DemoClock, passwordHash: string) {
  const verifiedFrom = clock.at(-470, "10:00").getTime();
  const pendingFrom = clock.at(-17, "14:30").getTime();
  const usersFrom = clock.at(-480, "08:00").getTime();
  const organizationIds = new Map<string, string>();
  let pendingIndex = 0;
  const organizationRows = organizationSeeds.map((o, i) => {
    const id = demoId("organization", o.name);
    organizationIds.set(o.name, id);
    const createdAt =
      o.verificationStatus === "pending" ? new Date(pendingFrom + pendingIndex++ * 3 * DAY) : new Date(verifiedFrom + i * DAY);
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
  await db.insert(organizations).values(organizationRows);
  await db
    .insert(organizationTaskAreas)
    .values(organizationSeeds.flatMap((o) => o.areas.map((areaSlug) => ({ organizationId: organizationIds.get(o.name)!, areaSlug }))));

  const userCreatedAt = (email: string) => new Date(usersFrom + demoUsers.findIndex((u) => u.email === email) * 7 * DAY);
  await db.insert(users).values(
    demoUsers.map((u) => {
      const createdAt = userCreatedAt(u.email);
      return {
        id: demoId("user", u.email),
        email: u.email,
        name: u.name,
        passwordHash,
        emailVerifiedAt: new Date(createdAt.getTime() + 10 * 60 * 1000),
        isAdmin: u.isAdmin ?? false,
        isCentreStaff: u.isCentreStaff ?? false,
        active: u.active ?? true,
        locale: u.locale ?? "pl",
        createdAt,
      };
    }),
  );

  await db.insert(organizationMembers).values(
    demoMemberships.map((m) => {
      const organizationId = organizationIds.get(m.organization);
      if (!organizationId) throw new Error(`seedDemoCore: unknown organization "${m.organization}"`);
      return {
        organizationId,
        userId: demoId("user", m.email),
        role: m.role,
        createdAt: new Date(userCreatedAt(m.email).getTime() + 60 * 60 * 1000),
      };
    }),
  );
  return { organizations: organizationRows.length, users: demoUsers.length, memberships: demoMemberships.length };
}
