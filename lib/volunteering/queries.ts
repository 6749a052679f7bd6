import "server-only";
import { and, asc, count, countDistinct, desc, eq, gte, inArray, isNull, lte, ne, or, sql, sum } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { organizations } from "@/lib/db/schema/organizations";
import { districts, publicTaskAreas } from "@/lib/db/schema/reference";
import {
  volunteerAgreements,
  volunteerApplications,
  volunteerCertificates,
  volunteerHours,
  volunteerOffers,
} from "@/lib/db/schema/volunteering";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import type { OfferFilters } from "./filters";
import { normalizeCertificateCode } from "./rules";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { verifyConsentToken } from "./consent";

/*
 * The reads of volunteering. The public board and the API carry no personal data (no contact
 * person); the contact is shown on the offer's page only. An organization reads the applications
 * of its own offers (never one awaiting a guardian's consent); a volunteer reads their own.
 */

export const boardPageSize = 12;

const publicStatuses = ["published", "filled"] as const;

const offerColumns = {
  id: volunteerOffers.id,
  title: volunteerOffers.title,
  tasks: volunteerOffers.tasks,
  organizationId: volunteerOffers.organizationId,
  organization: organizations.name,
  areaSlug: volunteerOffers.areaSlug,
  areaPl: publicTaskAreas.namePl,
  areaEn: publicTaskAreas.nameEn,
  districtSlug: volunteerOffers.districtSlug,
  district: districts.name,
  online: volunteerOffers.online,
  startDate: volunteerOffers.startDate,
  endDate: volunteerOffers.endDate,
  hoursPerWeek: volunteerOffers.hoursPerWeek,
  places: volunteerOffers.places,
  skills: volunteerOffers.skills,
  audiences: volunteerOffers.audiences,
  accessibility: volunteerOffers.accessibility,
  status: volunteerOffers.status,
  publishedAt: volunteerOffers.publishedAt,
};

function boardWhere(filters: OfferFilters) {
  return and(
    inArray(volunteerOffers.status, publicStatuses),
    eq(organizations.verificationStatus, "verified"),
    filters.area ? eq(volunteerOffers.areaSlug, filters.area) : undefined,
    filters.district ? eq(volunteerOffers.districtSlug, filters.district) : undefined,
    filters.online ? eq(volunteerOffers.online, true) : undefined,
    filters.audience ? sql`${volunteerOffers.audiences} @> array[${filters.audience}]::text[]` : undefined,
    filters.organization ? eq(volunteerOffers.organizationId, filters.organization) : undefined,
    // running on some day of [from, to]: ongoing offers always are
    filters.from ? or(isNull(volunteerOffers.endDate), gte(volunteerOffers.endDate, filters.from)) : undefined,
    filters.to ? or(isNull(volunteerOffers.startDate), lte(volunteerOffers.startDate, filters.to)) : undefined,
  );
}

/** One page of the public board, newest first (open offers before filled ones). */
export async function listPublicOffers(db: Db, filters: OfferFilters, pageSize = boardPageSize) {
  const where = boardWhere(filters);
  const [[{ total }], items] = await Promise.all([
    db
      .select({ total: count() })
      .from(volunteerOffers)
      .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
      .where(where),
    db
      .select(offerColumns)
      .from(volunteerOffers)
      .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
      .innerJoin(publicTaskAreas, eq(publicTaskAreas.slug, volunteerOffers.areaSlug))
      .leftJoin(districts, eq(districts.slug, volunteerOffers.districtSlug))
      .where(where)
      .orderBy(asc(volunteerOffers.status), desc(volunteerOffers.publishedAt), asc(volunteerOffers.id))
      .limit(pageSize)
      .offset((filters.page - 1) * pageSize),
  ]);
  return { total, page: filters.page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)), items };
}

export type PublicOffer = Awaited<ReturnType<typeof listPublicOffers>>["items"][number];

/** The API's item: the offer without its contact person (personal data). */
export function offerToApi(o: PublicOffer) {
  return {
    id: o.id,
    title: o.title,
    tasks: o.tasks,
    organization: { id: o.organizationId, name: o.organization },
    area: o.areaSlug,
    district: o.districtSlug,
    online: o.online,
    startDate: o.startDate,
    endDate: o.endDate,
    ongoing: !o.startDate && !o.endDate,
    hoursPerWeek: o.hoursPerWeek,
    places: o.places,
    skills: o.skills,
    audiences: o.audiences,
    accessibility: o.accessibility,
    status: o.status,
    publishedAt: o.publishedAt?.toISOString() ?? null,
  };
}

/** One public offer (published or filled) with its contact person, for its page. */
export async function getPublicOffer(db: Db, id: string) {
  const [row] = await db
    .select({
      ...offerColumns,
      contactName: volunteerOffers.contactName,
      contactEmail: volunteerOffers.contactEmail,
      contactPhone: volunteerOffers.contactPhone,
    })
    .from(volunteerOffers)
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .innerJoin(publicTaskAreas, eq(publicTaskAreas.slug, volunteerOffers.areaSlug))
    .leftJoin(districts, eq(districts.slug, volunteerOffers.districtSlug))
    .where(
      and(eq(volunteerOffers.id, id), inArray(volunteerOffers.status, publicStatuses), eq(organizations.verificationStatus, "verified")),
    );
  return row ?? null;
}

/** An organization's published offers, for its profile. */
export async function offersOfOrganization(db: Db, organizationId: string) {
  return db
    .select({ id: volunteerOffers.id, title: volunteerOffers.title, status: volunteerOffers.status })
    .from(volunteerOffers)
    .where(and(eq(volunteerOffers.organizationId, organizationId), eq(volunteerOffers.status, "published")))
    .orderBy(desc(volunteerOffers.publishedAt))
    .limit(20);
}

/** What the board's filters offer: task areas and districts. */
export async function boardOptions(db: Db) {
  const [areas, districtRows] = await Promise.all([
    db.select().from(publicTaskAreas).orderBy(asc(publicTaskAreas.sortOrder)),
    db.select().from(districts).where(eq(districts.active, true)).orderBy(asc(districts.name)),
  ]);
  return { areas, districts: districtRows };
}

/** The offers of the organizations the person represents, with counts of applications waiting. */
export async function myOrganizationsOffers(db: Db, principal: Principal) {
  authorize(principal, "volunteering.offer.listMine");
  const ids = [...principal.organizations.keys()];
  const waiting = sql<number>`(select count(*)::int from volunteer_applications a where a.offer_id = ${volunteerOffers.id} and a.status = 'submitted')`;
  const [offers, orgs] = await Promise.all([
    db
      .select({
        id: volunteerOffers.id,
        title: volunteerOffers.title,
        status: volunteerOffers.status,
        organization: organizations.name,
        waiting,
      })
      .from(volunteerOffers)
      .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
      .where(inArray(volunteerOffers.organizationId, ids))
      .orderBy(desc(volunteerOffers.createdAt)),
    db
      .select({ id: organizations.id, name: organizations.name, verified: sql<boolean>`${organizations.verificationStatus} = 'verified'` })
      .from(organizations)
      .where(inArray(organizations.id, ids))
      .orderBy(asc(organizations.name)),
  ]);
  return { offers, organizations: orgs };
}

/** One offer of the person's organization with its applications (never one awaiting consent); another organization's: ForbiddenError. */
export async function offerForOrganization(db: Db, principal: Principal, offerId: string) {
  const [offer] = await db.select().from(volunteerOffers).where(eq(volunteerOffers.id, offerId));
  if (!offer) return null;
  authorize(principal, "volunteering.applications.view", { organizationId: offer.organizationId });
  const applications = await db
    .select({
      id: volunteerApplications.id,
      volunteer: users.name,
      email: users.email,
      message: volunteerApplications.message,
      minor: volunteerApplications.minor,
      guardianName: volunteerApplications.guardianName,
      agreementRequested: volunteerApplications.agreementRequested,
      status: volunteerApplications.status,
      decisionMessage: volunteerApplications.decisionMessage,
      createdAt: volunteerApplications.createdAt,
    })
    .from(volunteerApplications)
    .innerJoin(users, eq(users.id, volunteerApplications.userId))
    .where(and(eq(volunteerApplications.offerId, offer.id), ne(volunteerApplications.status, "awaiting_consent")))
    .orderBy(asc(volunteerApplications.createdAt));
  return { offer, applications };
}

const approvedSum = sql<number>`coalesce((select sum(h.minutes)::int from volunteer_hours h where h.application_id = ${volunteerApplications.id} and h.status = 'approved'), 0)`;

/** The volunteer's page: every application and engagement of theirs. */
export async function myVolunteering(db: Db, principal: Principal) {
  authorize(principal, "volunteering.apply");
  return db
    .select({
      id: volunteerApplications.id,
      offerId: volunteerOffers.id,
      offer: volunteerOffers.title,
      organization: organizations.name,
      status: volunteerApplications.status,
      decisionMessage: volunteerApplications.decisionMessage,
      createdAt: volunteerApplications.createdAt,
      agreementIssued: sql<boolean>`${volunteerAgreements.id} is not null`,
      agreementConfirmedAt: volunteerAgreements.confirmedAt,
      minutes: approvedSum,
      certificateCode: volunteerCertificates.code,
    })
    .from(volunteerApplications)
    .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .leftJoin(volunteerAgreements, eq(volunteerAgreements.applicationId, volunteerApplications.id))
    .leftJoin(volunteerCertificates, eq(volunteerCertificates.applicationId, volunteerApplications.id))
    .where(eq(volunteerApplications.userId, principal.userId))
    .orderBy(desc(volunteerApplications.createdAt));
}

/**
 * One engagement as its volunteer or a representative of the offer's organization sees it (the
 * agreement, the hours, the certificate). Anyone else: ForbiddenError; one awaiting consent is
 * not the organization's yet.
 */
export async function getEngagement(db: Db, principal: Principal, applicationId: string) {
  const [row] = await db
    .select({
      app: volunteerApplications,
      offer: volunteerOffers,
      organization: {
        name: organizations.name,
        street: organizations.street,
        postalCode: organizations.postalCode,
        city: organizations.city,
        krs: organizations.krs,
      },
      volunteer: { name: users.name, email: users.email },
    })
    .from(volunteerApplications)
    .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .innerJoin(users, eq(users.id, volunteerApplications.userId))
    .where(eq(volunteerApplications.id, applicationId));
  if (!row) return null;
  const isVolunteer = can(principal, "volunteering.engagement.own", { userId: row.app.userId });
  if (!isVolunteer) {
    authorize(principal, "volunteering.engagement.manage", { organizationId: row.offer.organizationId });
    if (row.app.status === "awaiting_consent") return null;
  }
  const [[agreement], hours, [certificate]] = await Promise.all([
    db.select().from(volunteerAgreements).where(eq(volunteerAgreements.applicationId, row.app.id)),
    db
      .select({
        id: volunteerHours.id,
        day: volunteerHours.day,
        minutes: volunteerHours.minutes,
        description: volunteerHours.description,
        status: volunteerHours.status,
        loggedBy: volunteerHours.loggedBy,
      })
      .from(volunteerHours)
      .where(eq(volunteerHours.applicationId, row.app.id))
      .orderBy(asc(volunteerHours.day), asc(volunteerHours.createdAt)),
    db.select().from(volunteerCertificates).where(eq(volunteerCertificates.applicationId, row.app.id)),
  ]);
  return {
    ...row,
    role: isVolunteer ? ("volunteer" as const) : ("organization" as const),
    agreement: agreement ?? null,
    hours,
    certificate: certificate ?? null,
  };
}

/** Anyone checks a certificate by its code: what it states, nothing more. */
export async function verifyCertificate(db: Db, typed: string) {
  const code = normalizeCertificateCode(typed);
  if (!code) return { code: null, certificate: null };
  const [row] = await db
    .select({
      code: volunteerCertificates.code,
      volunteerName: volunteerCertificates.volunteerName,
      organizationName: volunteerCertificates.organizationName,
      offerTitle: volunteerCertificates.offerTitle,
      tasks: volunteerCertificates.tasks,
      fromDate: volunteerCertificates.fromDate,
      toDate: volunteerCertificates.toDate,
      totalMinutes: volunteerCertificates.totalMinutes,
      issuedAt: volunteerCertificates.issuedAt,
    })
    .from(volunteerCertificates)
    .where(eq(volunteerCertificates.code, code));
  return { code, certificate: row ?? null };
}

export interface VolunteeringStatisticsRow {
  year: number;
  areaSlug: string;
  areaPl: string;
  areaEn: string;
  volunteers: number;
  engagements: number;
  minutes: number;
}

/**
 * Volunteers, engagements and approved hours per task area and year (for the cooperation
 * programme's report): an engagement counts in the year it was accepted, hours in the year they
 * were worked, a volunteer once per area and year.
 */
export async function volunteeringStatistics(db: Db): Promise<VolunteeringStatisticsRow[]> {
  const acceptedYear = sql<number>`extract(year from ${volunteerApplications.decidedAt} at time zone 'Europe/Warsaw')::int`;
  const hoursYear = sql<number>`extract(year from ${volunteerHours.day})::int`;
  const [engagements, hours, areas] = await Promise.all([
    db
      .select({
        year: acceptedYear,
        areaSlug: volunteerOffers.areaSlug,
        volunteers: countDistinct(volunteerApplications.userId),
        engagements: count(),
      })
      .from(volunteerApplications)
      .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
      .where(eq(volunteerApplications.status, "accepted"))
      .groupBy(acceptedYear, volunteerOffers.areaSlug),
    db
      .select({ year: hoursYear, areaSlug: volunteerOffers.areaSlug, minutes: sum(volunteerHours.minutes).mapWith(Number) })
      .from(volunteerHours)
      .innerJoin(volunteerApplications, eq(volunteerApplications.id, volunteerHours.applicationId))
      .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
      .where(eq(volunteerHours.status, "approved"))
      .groupBy(hoursYear, volunteerOffers.areaSlug),
    db.select().from(publicTaskAreas),
  ]);
  const byKey = new Map<string, VolunteeringStatisticsRow>();
  const areaOf = new Map(areas.map((a) => [a.slug, a]));
  const rowOf = (year: number, areaSlug: string) => {
    const key = `${year}:${areaSlug}`;
    let row = byKey.get(key);
    if (!row) {
      const area = areaOf.get(areaSlug);
      row = {
        year,
        areaSlug,
        areaPl: area?.namePl ?? areaSlug,
        areaEn: area?.nameEn ?? areaSlug,
        volunteers: 0,
        engagements: 0,
        minutes: 0,
      };
      byKey.set(key, row);
    }
    return row;
  };
  for (const e of engagements)
    Object.assign(rowOf(Number(e.year), e.areaSlug), { volunteers: Number(e.volunteers), engagements: Number(e.engagements) });
  for (const h of hours) rowOf(Number(h.year), h.areaSlug).minutes = Number(h.minutes ?? 0);
  return [...byKey.values()].sort((a, b) => b.year - a.year || b.minutes - a.minutes || a.areaSlug.localeCompare(b.areaSlug));
}

/** To-do counts: submitted applications per offer of the person's organizations, and hours waiting for approval. */
export async function organizationVolunteeringTodo(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return { applications: [], hours: [] };
  const [applications, hours] = await Promise.all([
    db
      .select({ offerId: volunteerOffers.id, title: volunteerOffers.title, n: count() })
      .from(volunteerApplications)
      .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
      .where(and(inArray(volunteerOffers.organizationId, ids), eq(volunteerApplications.status, "submitted")))
      .groupBy(volunteerOffers.id, volunteerOffers.title),
    db
      .select({ applicationId: volunteerApplications.id, title: volunteerOffers.title, n: count() })
      .from(volunteerHours)
      .innerJoin(volunteerApplications, eq(volunteerApplications.id, volunteerHours.applicationId))
      .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
      .where(
        and(
          inArray(volunteerOffers.organizationId, ids),
          eq(volunteerHours.status, "pending"),
          ne(volunteerApplications.userId, principal.userId),
        ),
      )
      .groupBy(volunteerApplications.id, volunteerOffers.title),
  ]);
  return { applications, hours };
}

/** To-do: agreements the volunteer has to confirm. */
export async function agreementsToConfirm(db: Db, principal: Principal) {
  return db
    .select({ applicationId: volunteerApplications.id, title: volunteerOffers.title })
    .from(volunteerAgreements)
    .innerJoin(volunteerApplications, eq(volunteerApplications.id, volunteerAgreements.applicationId))
    .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
    .where(and(eq(volunteerApplications.userId, principal.userId), isNull(volunteerAgreements.confirmedAt)));
}

/** What the guardian's consent page shows before the guardian confirms (no sign-in: the signed link is the proof). */
export async function consentRequest(db: Db, token: string) {
  const claim = verifyConsentToken(token, await unsubscribeSecret());
  if (!claim) return null;
  const [row] = await db
    .select({
      id: volunteerApplications.id,
      status: volunteerApplications.status,
      guardianEmail: volunteerApplications.guardianEmail,
      guardianName: volunteerApplications.guardianName,
      guardianConsentAt: volunteerApplications.guardianConsentAt,
      volunteer: users.name,
      offer: volunteerOffers.title,
      tasks: volunteerOffers.tasks,
      organization: organizations.name,
    })
    .from(volunteerApplications)
    .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .innerJoin(users, eq(users.id, volunteerApplications.userId))
    .where(eq(volunteerApplications.id, claim.applicationId));
  if (!row || row.guardianEmail !== claim.guardianEmail) return null;
  return row;
}
