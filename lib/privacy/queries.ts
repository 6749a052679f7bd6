import "server-only";
import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import {
  auditLog,
  commissionMembers,
  competitions,
  conflictDeclarations,
  consultationCommentReports,
  consultationComments,
  consultationCommentSupports,
  follows,
  loginFailures,
  mailOutbox,
  meetingRegistrations,
  meetings,
  notifications,
  notificationSettings,
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
  organizations,
  passwordResetRequests,
  sessions,
  scores,
  scoreSubmissions,
  smallGrantComments,
  surveyResponses,
  users,
} from "@/lib/db/schema";

/** Competitions whose commission work is over: a member may leave the platform without leaving a sheet open. */
export const finishedCompetitionStatuses = ["results_published", "closed", "cancelled", "voided"] as const;

/**
 * Everything the platform holds about the signed-in person (RODO art. 15 and 20), as one JSON
 * document. Only the principal's own data: the function takes no user id, so nobody can ask for
 * someone else's. The password hash is left out (it is not information about the person).
 */
export async function exportPersonalData(db: Db, principal: Principal | null, now = new Date()) {
  authorize(principal, "account.update", { userId: principal?.userId });
  const userId = principal.userId;
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      isAdmin: users.isAdmin,
      active: users.active,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  const email = account.email.toLowerCase();
  const byEmail = (column: AnyPgColumn) => sql`lower(${column}) = ${email}`;
  const [
    memberships,
    joinRequests,
    invitations,
    commissions,
    declarations,
    scoreRows,
    sheets,
    comments,
    supports,
    reports,
    smallGrantCommentRows,
    registrations,
    surveys,
    followRows,
    settings,
    notificationRows,
    mail,
    failures,
    resetRequests,
    sessionRows,
    audit,
  ] = await Promise.all([
    db
      .select({
        organizationId: organizations.id,
        organization: organizations.name,
        role: organizationMembers.role,
        since: organizationMembers.createdAt,
      })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(eq(organizationMembers.userId, userId)),
    db.select().from(organizationJoinRequests).where(eq(organizationJoinRequests.userId, userId)),
    db.select().from(organizationInvitations).where(byEmail(organizationInvitations.email)),
    db
      .select({ competitionId: competitions.id, competition: competitions.title, kind: commissionMembers.kind })
      .from(commissionMembers)
      .innerJoin(competitions, eq(competitions.id, commissionMembers.competitionId))
      .where(eq(commissionMembers.userId, userId)),
    db.select().from(conflictDeclarations).where(eq(conflictDeclarations.userId, userId)),
    db.select().from(scores).where(eq(scores.userId, userId)),
    db.select().from(scoreSubmissions).where(eq(scoreSubmissions.userId, userId)),
    db.select().from(consultationComments).where(eq(consultationComments.authorId, userId)).orderBy(asc(consultationComments.createdAt)),
    db.select().from(consultationCommentSupports).where(eq(consultationCommentSupports.userId, userId)),
    db.select().from(consultationCommentReports).where(eq(consultationCommentReports.userId, userId)),
    db.select().from(smallGrantComments).where(eq(smallGrantComments.authorId, userId)),
    db
      .select({
        meetingId: meetings.id,
        meeting: meetings.title,
        status: meetingRegistrations.status,
        registeredAt: meetingRegistrations.createdAt,
        cancelledAt: meetingRegistrations.cancelledAt,
        organizationId: meetingRegistrations.organizationId,
        attendance: meetingRegistrations.attendance,
        certificateCode: meetingRegistrations.certificateCode,
      })
      .from(meetingRegistrations)
      .innerJoin(meetings, eq(meetings.id, meetingRegistrations.meetingId))
      .where(eq(meetingRegistrations.userId, userId)),
    db.select().from(surveyResponses).where(eq(surveyResponses.userId, userId)),
    db.select().from(follows).where(eq(follows.userId, userId)),
    db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)),
    db.select().from(notifications).where(eq(notifications.userId, userId)),
    db
      .select({
        id: mailOutbox.id,
        subject: mailOutbox.subject,
        text: mailOutbox.text,
        kind: mailOutbox.kind,
        createdAt: mailOutbox.createdAt,
        sentAt: mailOutbox.sentAt,
      })
      .from(mailOutbox)
      .where(sql`lower(${mailOutbox.to}) = ${email}`),
    db.select({ at: loginFailures.at, ip: loginFailures.ip }).from(loginFailures).where(byEmail(loginFailures.email)),
    db
      .select({ at: passwordResetRequests.at, ip: passwordResetRequests.ip })
      .from(passwordResetRequests)
      .where(byEmail(passwordResetRequests.email)),
    db
      .select({ startedAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, browser: sessions.userAgent, endedAt: sessions.revokedAt })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(asc(sessions.createdAt)),
    db
      .select({ at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId })
      .from(auditLog)
      .where(eq(auditLog.actorId, userId))
      .orderBy(asc(auditLog.id)),
  ]);
  return {
    exportedAt: now.toISOString(),
    account,
    organizations: { memberships, joinRequests, invitations },
    commissions: { memberships: commissions, conflictDeclarations: declarations, scores: scoreRows, submittedSheets: sheets },
    consultations: {
      comments,
      supports,
      reports,
      followed: followRows,
      notificationSettings: settings[0] ?? null,
      notifications: notificationRows,
    },
    smallGrants: { comments: smallGrantCommentRows },
    meetings: { registrations },
    surveys: { responses: surveys },
    mail,
    security: { sessions: sessionRows, loginFailures: failures, passwordResetRequests: resetRequests },
    activity: audit,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

/** What deleting the account would change, shown before the person confirms (and checked again by the command). */
export async function deletionConsequences(db: Db | Tx, userId: string) {
  const [owned, openCommissions, [{ comments }]] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        owners: sql<number>`(select count(*)::int from ${organizationMembers} m where m.organization_id = ${organizations.id} and m.role = 'owner')`,
        members: sql<number>`(select count(*)::int from ${organizationMembers} m where m.organization_id = ${organizations.id})`,
      })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(and(eq(organizationMembers.userId, userId), eq(organizationMembers.role, "owner"))),
    db
      .select({ id: competitions.id, title: competitions.title })
      .from(commissionMembers)
      .innerJoin(competitions, eq(competitions.id, commissionMembers.competitionId))
      .where(and(eq(commissionMembers.userId, userId), notInArray(competitions.status, [...finishedCompetitionStatuses]))),
    db
      .select({ comments: sql<number>`count(*)::int` })
      .from(consultationComments)
      .where(eq(consultationComments.authorId, userId)),
  ]);
  const lastOwner = owned.filter((o) => Number(o.owners) === 1);
  return {
    comments: Number(comments),
    /** organisations left without a representative (the person is their only member) */
    orphaned: lastOwner.filter((o) => Number(o.members) === 1).map(({ id, name }) => ({ id, name })),
    /** organisations where the person is the only owner but others are members: ownership must be handed over first */
    handOverFirst: lastOwner.filter((o) => Number(o.members) > 1).map(({ id, name }) => ({ id, name })),
    /** competitions whose commission work is not over */
    openCommissions,
  };
}

export type DeletionConsequences = Awaited<ReturnType<typeof deletionConsequences>>;

/** Ids of the consultations and small grants whose cached pages show the person's comments (refreshed after deletion). */
export async function commentedRecords(db: Db | Tx, userId: string) {
  const [consultationIds, smallGrantIds] = await Promise.all([
    db
      .selectDistinct({ id: consultationComments.consultationId })
      .from(consultationComments)
      .where(eq(consultationComments.authorId, userId)),
    db.selectDistinct({ id: smallGrantComments.smallGrantId }).from(smallGrantComments).where(eq(smallGrantComments.authorId, userId)),
  ]);
  return { consultations: consultationIds.map((r) => r.id), smallGrants: smallGrantIds.map((r) => r.id) };
}
