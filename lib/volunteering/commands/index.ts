/*
 * The writes of volunteering: offers (offers.ts), applications and the guardian's consent
 * (applications.ts), agreements, hours, certificates and their reminders (engagements.ts). Each
 * authorizes against the record's own organization (or the volunteer's own account) before anything
 * changes, runs in one transaction, writes the audit log and queues its mail in the same transaction.
 * Someone else's record is "not found" for a volunteer; for a representative of another
 * organization the permission table refuses it.
 */
export * from "./offers";
export * from "./applications";
export * from "./engagements";
