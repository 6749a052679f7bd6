/*
 * How an audit entry is told in words: which message names its action and which page shows its
 * object. Pure rules, shared by the log page and its tests; the messages live in
 * messages/audit.<locale>.json under "auditLog".
 */
import { auditActions, auditEntityTypes, currentActionName, type AuditAction, type AuditEntityType } from "./actions";

const knownActions: ReadonlySet<string> = new Set(auditActions);
const knownEntityTypes: ReadonlySet<string> = new Set(auditEntityTypes);

export function isAuditAction(value: string): value is AuditAction {
  return knownActions.has(value);
}

export function isAuditEntityType(value: string): value is AuditEntityType {
  return knownEntityTypes.has(value);
}

/**
 * The message of a stored action (today's or an earlier name): `<key>.phrase` tells the entry,
 * `<key>.name` names the action in the filter. Null for a name no version of the platform wrote.
 */
export function auditActionMessageKey(stored: string): `actions.${AuditAction}` | null {
  const action = currentActionName(stored);
  return isAuditAction(action) ? `actions.${action}` : null;
}

export function auditEntityTypeMessageKey(entityType: string): `entityTypes.${AuditEntityType}` | null {
  return isAuditEntityType(entityType) ? `entityTypes.${entityType}` : null;
}

/**
 * The page an object is seen on, from its id and, for objects shown on their parent's page (a
 * comment on its consultation, a report in its contract), the parent's id; for a person, the e-mail
 * the users list is searched by. Null: no page shows it.
 */
const routes: Record<AuditEntityType, (id: string, parentId: string | null) => string | null> = {
  adviser: () => "/centre/manage/advice",
  advice_booking: (id) => `/centre/manage/advice/bookings/${id}`,
  advice_slot: () => "/centre/manage/advice",
  competition: (id) => `/admin/competitions/${id}`,
  consultation: (id) => `/admin/consultations/${id}`,
  consultation_comment: (_id, consultationId) => (consultationId ? `/consultations/${consultationId}` : null),
  contract: (id) => `/admin/contracts/${id}`,
  database: () => null,
  digest: () => null,
  follow: () => null,
  job: () => "/admin/jobs",
  meeting: (id) => `/admin/meetings/${id}`,
  meeting_registration: (_id, meetingId) => (meetingId ? `/admin/meetings/${meetingId}` : null),
  offer: (id) => `/offers/${id}`,
  organization: (id) => `/organizations/${id}`,
  organization_invitation: (_id, organizationId) => (organizationId ? `/organizations/${organizationId}` : null),
  organization_join_request: (_id, organizationId) => (organizationId ? `/organizations/${organizationId}` : null),
  report: (id, contractId) => (contractId ? `/admin/contracts/${contractId}/reports/${id}` : null),
  report_reminders: () => null,
  small_grant: (id) => `/admin/small-grants/${id}`,
  small_grant_comment: (_id, smallGrantId) => (smallGrantId ? `/admin/small-grants/${smallGrantId}` : null),
  small_grant_limit_set: () => "/admin/small-grants/settings",
  small_grant_pool: () => "/admin/small-grants/settings",
  survey: (_id, consultationId) => (consultationId ? `/admin/surveys/${consultationId}` : null),
  survey_response: () => null,
  tax_arrears_rate: () => "/admin/grants/rates",
  todo_reminder: () => null,
  scoring_not_applicable_policy: () => "/admin/competitions/not-applicable",
  user: (_id, email) => (email ? `/admin/users?q=${encodeURIComponent(email)}` : null),
  personal_data: () => null,
  user_token: () => null,
  centre_equipment: () => "/centre/manage",
  centre_room: (id) => `/centre/rooms/${id}`,
  room_block: () => "/centre/manage",
  room_booking: () => "/centre/manage",
  premises: (id) => `/premises/${id}`,
  premises_application: (id) => `/centre/manage/premises/applications/${id}`,
  news_item: (id) => `/news/manage/${id}`,
  news_announcement: (id) => `/news/manage/announcements/${id}`,
  news_mailing: () => "/news/mailings",
  news_settings: () => "/news/manage",
  news_subscriber: () => null,
  patronage_application: (id) => `/centre/manage/patronages/${id}`,
  promotion_slot: (id) => `/centre/manage/promotion/${id}`,
  promotion_application: (_id, slotId) => (slotId ? `/centre/manage/promotion/${slotId}` : null),
  // the audit log's readers are administrators: the public offer (a draft's is a 404 to them too, as
  // to anyone outside the organization), and no link to an engagement, which only its two parties open
  volunteer_offer: (id) => `/volunteering/${id}`,
  volunteer_application: () => null,
  volunteer_agreement: () => null,
  volunteer_hours: () => null,
  volunteer_certificate: () => null,
  programme: (id) => `/programmes/manage/${id}`,
  programme_task: (_id, programmeId) => (programmeId ? `/programmes/manage/${programmeId}` : null),
  award: () => "/centre/manage/awards",
  award_edition: (id) => `/centre/manage/awards/${id}`,
  award_nomination: () => null,
};

export function auditObjectHref(entityType: string, entityId: string, parentId: string | null = null): string | null {
  return isAuditEntityType(entityType) ? routes[entityType](entityId, parentId) : null;
}

/** The object as the phrase names it: its title or name when it has one, else the start of its id. */
export function auditObjectLabel(entityId: string, name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : entityId.slice(0, 8);
}
