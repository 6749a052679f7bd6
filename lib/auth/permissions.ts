/**
 * The one permission table. Every page, server action and API route asks it through
 * `can` / `authorize`; nothing else checks roles. An operation is allowed when the principal
 * has one of its roles, or satisfies one of its ownership rules for the given resource.
 */
export type Role = "visitor" | "resident" | "ngo_representative" | "commission_member" | "centre_staff" | "admin";
export type OrgRole = "owner" | "editor";

export interface Principal {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  /** runs the NGO Cooperation Centre */
  isCentreStaff: boolean;
  /** organizationId → role in it */
  organizations: ReadonlyMap<string, OrgRole>;
  /** competitionIds whose commission the person sits on */
  commissions: ReadonlySet<string>;
  /** the signed-in session (lib/auth/sessions.ts) the request came with; absent outside a request */
  sessionId?: string;
}

export interface Resource {
  organizationId?: string;
  competitionId?: string;
  /** the user an operation is about (e.g. one's own account) */
  userId?: string;
  /** where the principal stands in the competition's commission (lib/scoring/standing.ts reads it) */
  commissionStanding?: CommissionStanding;
  /** where the principal stands in an award edition's jury (lib/awards reads it from the jury table) */
  awardJury?: { member: boolean; declared: boolean };
}

/**
 * A commission member's progress, for the rules that depend on it: offers only after the
 * impartiality declaration (art. 24 KPA), the others' scores only after one's own sheet (for one
 * offer: that offer's sheet; for the ranking and the protocol: every offer's) or once scoring closed.
 */
export interface CommissionStanding {
  declared: boolean;
  ownSheetsSubmitted: boolean;
  scoringClosed: boolean;
}

type Ownership = (principal: Principal, resource: Resource) => boolean;

const isCommissionMember: Ownership = (p, r) => !!r.competitionId && p.commissions.has(r.competitionId);
const isDeclaredCommissionMember: Ownership = (p, r) => isCommissionMember(p, r) && !!r.commissionStanding?.declared;

const ownership = {
  organizationOwner: (p, r) => !!r.organizationId && p.organizations.get(r.organizationId) === "owner",
  organizationMember: (p, r) => !!r.organizationId && p.organizations.has(r.organizationId),
  commissionMember: isCommissionMember,
  declaredCommissionMember: isDeclaredCommissionMember,
  commissionMemberWhoScored: (p, r) =>
    isDeclaredCommissionMember(p, r) && !!(r.commissionStanding?.ownSheetsSubmitted || r.commissionStanding?.scoringClosed),
  self: (p, r) => !!r.userId && p.userId === r.userId,
  awardJuror: (_p, r) => !!r.awardJury?.member,
  declaredAwardJuror: (_p, r) => !!r.awardJury?.member && !!r.awardJury.declared,
} satisfies Record<string, Ownership>;

type OwnershipRule = keyof typeof ownership;

interface Rule {
  roles?: readonly Role[];
  owns?: readonly OwnershipRule[];
}

export const permissionTable = {
  // public
  "directory.view": { roles: ["visitor", "resident"] },
  // one's own account
  "account.view": { roles: ["resident"] },
  "account.update": { owns: ["self"] },
  // organizations
  "organization.register": { roles: ["resident"] },
  "organization.listMine": { roles: ["ngo_representative"] },
  "organization.edit": { roles: ["admin"], owns: ["organizationMember"] },
  "organization.members.manage": { roles: ["admin"], owns: ["organizationOwner"] },
  "organization.verify": { roles: ["admin"] },
  "organization.join.request": { roles: ["resident"] },
  "organization.join.decide": { roles: ["admin"], owns: ["organizationOwner"] },
  "organization.members.view": { roles: ["admin"], owns: ["organizationMember"] },
  "organization.members.invite": { roles: ["admin"], owns: ["organizationOwner"] },
  "organization.invitation.respond": { roles: ["resident"] },
  "organization.import": { roles: ["admin"] },
  "organization.exportAll": { roles: ["admin"] },
  // competitions and commissions
  "commission.listMine": { roles: ["commission_member"] },
  "commission.view": { roles: ["admin"], owns: ["commissionMember"] },
  "commission.score": { owns: ["commissionMember"] },
  "offer.review": { roles: ["admin"] },
  "commission.appoint": { roles: ["admin"] },
  "commission.exclude": { roles: ["admin"] },
  "commission.declare": { owns: ["commissionMember"] },
  "commission.close": { owns: ["commissionMember"] },
  // the others' scores: on one offer (resource standing for that offer), in the ranking and the protocol (for every offer)
  "commission.scores.view": { roles: ["admin"], owns: ["commissionMemberWhoScored"] },
  "commission.ranking": { roles: ["admin"], owns: ["commissionMemberWhoScored"] },
  "commission.protocol": { roles: ["admin"], owns: ["commissionMemberWhoScored"] },
  "competition.decide": { roles: ["admin"] },
  "competition.publishResults": { roles: ["admin"] },
  "offer.respondToGrant": { owns: ["organizationMember"] },
  // the updated budget and schedule after a cut grant (lib/budget-updates): written by the organization, decided by the city
  "offer.updateBudget": { owns: ["organizationMember"] },
  "offer.decideBudgetUpdate": { roles: ["admin"] },
  "offer.viewCorrections": { roles: ["admin"], owns: ["organizationMember"] },
  "competition.manage": { roles: ["admin"] },
  // the two ways a competition ends without results: voiding (art. 18a) and withdrawing the call (reserved in the announcement)
  "competition.void": { roles: ["admin"] },
  "competition.cancel": { roles: ["admin"] },
  // offers (the resource is the offer's lead organization and its competition)
  "offer.create": { roles: ["ngo_representative"] },
  "offer.edit": { owns: ["organizationMember"] },
  "offer.submit": { owns: ["organizationMember"] },
  "offer.withdraw": { owns: ["organizationMember"] },
  // a commission member sees offers only after the impartiality declaration
  "offer.view": { roles: ["admin"], owns: ["organizationMember", "declaredCommissionMember"] },
  "offer.listMine": { roles: ["ngo_representative"] },
  // consultations: the consultation, its comments, moderation and official answers
  "consultation.manage": { roles: ["admin"] },
  "consultation.comment": { roles: ["resident"] },
  "consultation.comment.onBehalf": { owns: ["organizationMember"] },
  "consultation.comment.edit": { owns: ["self"] },
  "consultation.support": { roles: ["resident"] },
  "consultation.report": { roles: ["resident"] },
  "consultation.moderate": { roles: ["admin"] },
  "consultation.answer": { roles: ["admin"] },
  // consultations: meetings, surveys, notifications
  // meetings and the Centre's trainings and events (one module, lib/meetings): Centre staff run them too
  "meeting.manage": { roles: ["centre_staff", "admin"] },
  "meeting.register": { roles: ["resident"] },
  "meeting.register.onBehalf": { owns: ["organizationMember"] },
  "survey.manage": { roles: ["admin"] },
  "survey.answer": { roles: ["resident"] },
  "notifications.manage": { roles: ["resident"] },
  "digests.run": { roles: ["admin"] },
  // small grants (art. 19a; lib/small-grants): the resource is the small grant's organization
  "smallGrant.listMine": { roles: ["ngo_representative"] },
  "smallGrant.edit": { owns: ["organizationMember"] },
  "smallGrant.view": { roles: ["admin"], owns: ["organizationMember"] },
  "smallGrant.comment": { roles: ["resident"] },
  "smallGrant.manage": { roles: ["admin"] },
  "smallGrant.settings": { roles: ["admin"] },
  // contracts (lib/contracts): the resource is a party organization of the contract (joint
  // contracts: lib/contracts/access.ts asks for each party); the administrator manages
  "contract.manage": { roles: ["admin"] },
  "contract.view": { roles: ["admin"], owns: ["organizationMember"] },
  "contract.sign": { owns: ["organizationMember"] },
  "contract.amendment.request": { owns: ["organizationMember"] },
  "contract.amendment.decide": { roles: ["admin"] },
  // reports and settlement (lib/reports): the resource is a party organization of the contract
  "report.view": { roles: ["admin"], owns: ["organizationMember"] },
  "report.write": { owns: ["organizationMember"] },
  "report.decide": { roles: ["admin"] },
  "report.request": { roles: ["admin"] },
  "settlement.recordReturn": { roles: ["admin"] },
  "settlement.rates": { roles: ["admin"] },
  "scoring.policy": { roles: ["admin"] },
  "reports.remind": { roles: ["admin"] },
  "contracts.dashboardMine": { roles: ["ngo_representative"] },
  "grants.dashboard": { roles: ["admin"] },
  // the NGO Cooperation Centre (lib/centre and its modules): run by Centre staff; an administrator may stand in
  "centre.manage": { roles: ["centre_staff", "admin"] },
  // the Centre's section of the to-do list: the staff who run the desk (administrators keep theirs uncluttered)
  "centre.todo": { roles: ["centre_staff"] },
  // rooms and equipment of the Centre (lib/bookings): an organization's representative books for it,
  // a resident for an informal group where the room allows it; the resource of cancel is the booking's
  // organization (or, for a group, the resident who booked)
  "booking.create": { roles: ["resident"] },
  "booking.create.organization": { owns: ["organizationMember"] },
  "booking.listMine": { roles: ["resident"] },
  "booking.cancel": { owns: ["organizationMember", "self"] },
  "booking.manage": { roles: ["centre_staff", "admin"] },
  "room.manage": { roles: ["centre_staff", "admin"] },
  // advice appointments (lib/advice): staff publish slots and see every booking; anyone signed in books;
  // the adviser's private notes: staff, and the adviser themself (resource: the adviser's account)
  "advice.manage": { roles: ["centre_staff", "admin"] },
  "advice.book": { roles: ["resident"] },
  "advice.notes": { roles: ["centre_staff", "admin"], owns: ["self"] },
  // municipal premises on preferential terms (lib/premises): the resource is the applying organization
  "premises.manage": { roles: ["centre_staff", "admin"] },
  "premises.apply": { owns: ["organizationMember"] },
  "premises.viewApplication": { roles: ["centre_staff", "admin"], owns: ["organizationMember"] },
  // news and the daily mailing (lib/news): staff write and send; an organization's representative proposes announcements for it
  "news.manage": { roles: ["centre_staff", "admin"] },
  "news.announce": { owns: ["organizationMember"] },
  // the Mayor's honorary patronage (lib/patronages): anyone signed in applies; the resource of view is the applicant
  "patronage.apply": { roles: ["resident"] },
  "patronage.view": { roles: ["centre_staff", "admin"], owns: ["self"] },
  "patronage.decide": { roles: ["centre_staff", "admin"] },
  // promotion slots (lib/promotion): staff publish and allocate; an organization's representative applies for it
  "promotion.manage": { roles: ["centre_staff", "admin"] },
  "promotion.apply": { owns: ["organizationMember"] },
  // volunteering (lib/volunteering): offers, applications and engagements of an organization (resource: the
  // offer's organization); a volunteer's own engagement (resource: the volunteer's account)
  "volunteering.offer.listMine": { roles: ["ngo_representative"] },
  "volunteering.offer.manage": { owns: ["organizationMember"] },
  "volunteering.apply": { roles: ["resident"] },
  "volunteering.applications.view": { owns: ["organizationMember"] },
  "volunteering.applications.decide": { owns: ["organizationMember"] },
  "volunteering.engagement.manage": { owns: ["organizationMember"] },
  "volunteering.engagement.own": { owns: ["self"] },
  // cooperation programmes (lib/programmes): administrators draft, consult, adopt and report them
  "programme.manage": { roles: ["admin"] },
  // the city's volunteer awards (lib/awards): staff run the editions; anyone signed in nominates (the award's
  // setting decides as whom); a jury member (resource: the jury standing) declares impartiality, then sees and scores
  "award.manage": { roles: ["centre_staff", "admin"] },
  "award.nominate": { roles: ["resident"] },
  "award.jury.declare": { owns: ["awardJuror"] },
  "award.jury.score": { owns: ["declaredAwardJuror"] },
  "award.nominations.view": { roles: ["centre_staff", "admin"], owns: ["declaredAwardJuror"] },
  // administration
  "admin.dashboard": { roles: ["admin"] },
  "admin.users.list": { roles: ["admin"] },
  "admin.users.changeRole": { roles: ["admin"] },
  "admin.users.deactivate": { roles: ["admin"] },
  "admin.users.endSessions": { roles: ["admin"] },
  "admin.audit.view": { roles: ["admin"] },
  "admin.outbox.view": { roles: ["admin"] },
  "jobs.view": { roles: ["admin"] },
  "jobs.run": { roles: ["admin"] },
} as const satisfies Record<string, Rule>;

export type Operation = keyof typeof permissionTable;

/** The roles a principal holds; a visitor is `null`. */
export function rolesOf(principal: Principal | null): Role[] {
  if (!principal) return ["visitor"];
  const roles: Role[] = ["resident"];
  if (principal.organizations.size > 0) roles.push("ngo_representative");
  if (principal.commissions.size > 0) roles.push("commission_member");
  if (principal.isCentreStaff) roles.push("centre_staff");
  if (principal.isAdmin) roles.push("admin");
  return roles;
}

export function can(principal: Principal | null, operation: Operation, resource: Resource = {}): boolean {
  const rule: Rule = permissionTable[operation];
  const roles = rolesOf(principal);
  if (rule.roles?.some((role) => roles.includes(role))) return true;
  if (!principal) return false;
  return rule.owns?.some((name) => ownership[name](principal, resource)) ?? false;
}

export class ForbiddenError extends Error {
  constructor(
    readonly operation: Operation,
    readonly reason: "unauthenticated" | "forbidden",
  ) {
    super(`${reason}: ${operation}`);
    this.name = "ForbiddenError";
  }
}

/** Throws ForbiddenError unless allowed; commands call this before touching data. */
export function authorize(principal: Principal | null, operation: Operation, resource: Resource = {}): asserts principal is Principal {
  if (!can(principal, operation, resource)) {
    throw new ForbiddenError(operation, principal ? "forbidden" : "unauthenticated");
  }
}
