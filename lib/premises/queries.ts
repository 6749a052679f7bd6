import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { districts } from "@/lib/db/schema/reference";
import { organizations } from "@/lib/db/schema/organizations";
import { premises, premisesApplications, premisesPhotos } from "@/lib/db/schema/premises";
import { authorize, can, type Principal } from "@/lib/auth/permissions";

/*
 * Reads of premises. The offer, one premises and the register are public and hold no personal
 * data (an organization's name is public; the person who applied is not named).
 */
const premisesColumns = {
  id: premises.id,
  address: premises.address,
  districtSlug: premises.districtSlug,
  district: districts.name,
  areaM2: premises.areaM2,
  condition: premises.condition,
  rentPerM2: premises.rentPerM2,
  description: premises.description,
  availableFrom: premises.availableFrom,
  status: premises.status,
  photoHash: premises.photoHash,
};

export type PublicPremises = Awaited<ReturnType<typeof listOfferedPremises>>[number];

export function listOfferedPremises(db: Db) {
  return db
    .select(premisesColumns)
    .from(premises)
    .innerJoin(districts, eq(districts.slug, premises.districtSlug))
    .where(eq(premises.status, "offered"))
    .orderBy(asc(districts.name), asc(premises.address));
}

/** Staff: the premises on offer and those taken off it (let ones are in the register). */
export function premisesForStaff(db: Db, principal: Principal | null) {
  authorize(principal, "premises.manage");
  return db
    .select(premisesColumns)
    .from(premises)
    .innerJoin(districts, eq(districts.slug, premises.districtSlug))
    .where(inArray(premises.status, ["offered", "withdrawn"]))
    .orderBy(asc(premises.status), asc(districts.name), asc(premises.address));
}

export async function getPremises(db: Db, id: string) {
  const [row] = await db
    .select(premisesColumns)
    .from(premises)
    .innerJoin(districts, eq(districts.slug, premises.districtSlug))
    .where(eq(premises.id, id));
  return row ?? null;
}

export async function premisesPhoto(db: Db, id: string) {
  const [row] = await db.select().from(premisesPhotos).where(eq(premisesPhotos.premisesId, id));
  return row ?? null;
}

export const registerPageSize = 50;

/** The public register of premises let to NGOs: address, district, area, rent, term and organization. */
export async function premisesRegister(db: Db, page = 1, pageSize = registerPageSize) {
  const granted = eq(premisesApplications.status, "granted");
  const [[{ total }], items] = await Promise.all([
    db.select({ total: count() }).from(premisesApplications).where(granted),
    db
      .select({
        id: premises.id,
        address: premises.address,
        district: districts.name,
        areaM2: premises.areaM2,
        rentPerM2: premisesApplications.rentPerM2,
        termStart: premisesApplications.termStart,
        termEnd: premisesApplications.termEnd,
        purpose: premisesApplications.purpose,
        organizationId: organizations.id,
        organization: organizations.name,
      })
      .from(premisesApplications)
      .innerJoin(premises, eq(premises.id, premisesApplications.premisesId))
      .innerJoin(districts, eq(districts.slug, premises.districtSlug))
      .innerJoin(organizations, eq(organizations.id, premisesApplications.organizationId))
      .where(granted)
      .orderBy(desc(premisesApplications.termStart), asc(premises.address))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
  ]);
  return { total: Number(total), page, pageSize, items };
}

/** The premises an organization uses (its public profile). */
export function premisesOfOrganization(db: Db, organizationId: string) {
  return db
    .select({
      id: premises.id,
      address: premises.address,
      district: districts.name,
      areaM2: premises.areaM2,
      termStart: premisesApplications.termStart,
      termEnd: premisesApplications.termEnd,
    })
    .from(premisesApplications)
    .innerJoin(premises, eq(premises.id, premisesApplications.premisesId))
    .innerJoin(districts, eq(districts.slug, premises.districtSlug))
    .where(and(eq(premisesApplications.organizationId, organizationId), eq(premisesApplications.status, "granted")))
    .orderBy(asc(premises.address));
}

const applicationColumns = {
  id: premisesApplications.id,
  status: premisesApplications.status,
  purpose: premisesApplications.purpose,
  activities: premisesApplications.activities,
  hoursOfUse: premisesApplications.hoursOfUse,
  partners: premisesApplications.partners,
  rentPerM2: premisesApplications.rentPerM2,
  termStart: premisesApplications.termStart,
  termEnd: premisesApplications.termEnd,
  refusalReason: premisesApplications.refusalReason,
  createdAt: premisesApplications.createdAt,
  decidedAt: premisesApplications.decidedAt,
  organizationId: organizations.id,
  organization: organizations.name,
  premisesId: premises.id,
  address: premises.address,
  district: districts.name,
  areaM2: premises.areaM2,
  offeredRent: premises.rentPerM2,
};

function applicationsQuery(db: Db) {
  return db
    .select(applicationColumns)
    .from(premisesApplications)
    .innerJoin(premises, eq(premises.id, premisesApplications.premisesId))
    .innerJoin(districts, eq(districts.slug, premises.districtSlug))
    .innerJoin(organizations, eq(organizations.id, premisesApplications.organizationId));
}

/** The applications of the organizations the principal represents. */
export async function myApplications(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return applicationsQuery(db).where(inArray(premisesApplications.organizationId, ids)).orderBy(desc(premisesApplications.createdAt));
}

/** Every application, the undecided first (staff). */
export async function allApplications(db: Db, principal: Principal | null) {
  authorize(principal, "premises.manage");
  return applicationsQuery(db)
    .orderBy(sql`case when ${premisesApplications.status} = 'submitted' then 0 else 1 end`, desc(premisesApplications.createdAt))
    .limit(200);
}

/** One application, for staff or a representative of its organization; someone else's is "not found". */
export async function getApplication(db: Db, principal: Principal | null, id: string) {
  if (!principal) authorize(principal, "premises.viewApplication");
  const [row] = await applicationsQuery(db).where(eq(premisesApplications.id, id));
  if (!row || !can(principal, "premises.viewApplication", { organizationId: row.organizationId })) return null;
  return row;
}

/** How many applications wait for a decision (the staff's to-do list). */
export async function pendingApplicationCount(db: Db) {
  const [{ n }] = await db.select({ n: count() }).from(premisesApplications).where(eq(premisesApplications.status, "submitted"));
  return Number(n);
}

export function activeDistrictOptions(db: Db) {
  return db
    .select({ value: districts.slug, label: districts.name })
    .from(districts)
    .where(eq(districts.active, true))
    .orderBy(asc(districts.name));
}

/** The verified organizations the principal represents (who may apply on their behalf). */
export async function verifiedOrganizationOptions(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return db
    .select({ value: organizations.id, label: organizations.name })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), eq(organizations.verificationStatus, "verified")))
    .orderBy(asc(organizations.name));
}
