import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import {
  competitions,
  consultationComments,
  consultations,
  contractReports,
  contracts,
  meetingRegistrations,
  meetings,
  offers,
  organizationInvitations,
  organizationJoinRequests,
  organizations,
  smallGrantComments,
  smallGrants,
  surveys,
  users,
} from "@/lib/db/schema";

/** What the log page needs to name an object and link it: its title and, when its page is its parent's, the parent (see describe.ts). */
export interface AuditObject {
  name: string | null;
  context: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const nullText = sql<string | null>`null::text`;

type Lookup = (db: Db, ids: string[]) => Promise<{ id: string; name: string | null; context: string | null }[]>;

// one query per object type on the page (at most 50 rows): titles of the objects, or of the parent they are shown in
const lookups: Record<string, Lookup> = {
  competition: (db, ids) =>
    db.select({ id: competitions.id, name: competitions.title, context: nullText }).from(competitions).where(inArray(competitions.id, ids)),
  consultation: (db, ids) =>
    db
      .select({ id: consultations.id, name: consultations.title, context: nullText })
      .from(consultations)
      .where(inArray(consultations.id, ids)),
  consultation_comment: (db, ids) =>
    db
      .select({ id: consultationComments.id, name: consultations.title, context: consultations.id })
      .from(consultationComments)
      .innerJoin(consultations, eq(consultations.id, consultationComments.consultationId))
      .where(inArray(consultationComments.id, ids)),
  contract: (db, ids) =>
    db.select({ id: contracts.id, name: contracts.title, context: nullText }).from(contracts).where(inArray(contracts.id, ids)),
  meeting: (db, ids) =>
    db.select({ id: meetings.id, name: meetings.title, context: nullText }).from(meetings).where(inArray(meetings.id, ids)),
  meeting_registration: (db, ids) =>
    db
      .select({ id: meetingRegistrations.id, name: meetings.title, context: meetings.id })
      .from(meetingRegistrations)
      .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
      .where(inArray(meetingRegistrations.id, ids)),
  offer: (db, ids) => db.select({ id: offers.id, name: offers.title, context: nullText }).from(offers).where(inArray(offers.id, ids)),
  organization: (db, ids) =>
    db
      .select({ id: organizations.id, name: organizations.name, context: nullText })
      .from(organizations)
      .where(inArray(organizations.id, ids)),
  organization_invitation: (db, ids) =>
    db
      .select({ id: organizationInvitations.id, name: organizations.name, context: organizations.id })
      .from(organizationInvitations)
      .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
      .where(inArray(organizationInvitations.id, ids)),
  organization_join_request: (db, ids) =>
    db
      .select({ id: organizationJoinRequests.id, name: organizations.name, context: organizations.id })
      .from(organizationJoinRequests)
      .innerJoin(organizations, eq(organizations.id, organizationJoinRequests.organizationId))
      .where(inArray(organizationJoinRequests.id, ids)),
  report: (db, ids) =>
    db
      .select({ id: contractReports.id, name: contracts.title, context: contracts.id })
      .from(contractReports)
      .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
      .where(inArray(contractReports.id, ids)),
  small_grant: (db, ids) =>
    db.select({ id: smallGrants.id, name: smallGrants.title, context: nullText }).from(smallGrants).where(inArray(smallGrants.id, ids)),
  small_grant_comment: (db, ids) =>
    db
      .select({ id: smallGrantComments.id, name: smallGrants.title, context: smallGrants.id })
      .from(smallGrantComments)
      .innerJoin(smallGrants, eq(smallGrants.id, smallGrantComments.smallGrantId))
      .where(inArray(smallGrantComments.id, ids)),
  survey: (db, ids) =>
    db
      .select({ id: surveys.id, name: consultations.title, context: consultations.id })
      .from(surveys)
      .innerJoin(consultations, eq(consultations.id, surveys.consultationId))
      .where(inArray(surveys.id, ids)),
  user: (db, ids) => db.select({ id: users.id, name: users.name, context: users.email }).from(users).where(inArray(users.id, ids)),
};

export const auditObjectKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/** The objects of the given entries by `auditObjectKey`; an object since deleted (or without a table) is simply absent. */
export async function findAuditObjects(db: Db, entries: { entityType: string; entityId: string }[]): Promise<Map<string, AuditObject>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { entityType, entityId } of entries) {
    if (!lookups[entityType] || !uuidPattern.test(entityId)) continue;
    idsByType.set(entityType, (idsByType.get(entityType) ?? new Set()).add(entityId));
  }
  const found = await Promise.all(
    [...idsByType].map(async ([entityType, ids]) => (await lookups[entityType](db, [...ids])).map((row) => ({ entityType, ...row }))),
  );
  return new Map(found.flat().map((row) => [auditObjectKey(row.entityType, row.id), { name: row.name, context: row.context }]));
}

/** People's names by id (deleted accounts keep their pseudonymous row). */
export async function findActorNames(db: Db, actorIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
