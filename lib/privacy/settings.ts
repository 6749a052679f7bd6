/**
 * How long the platform keeps personal data that only serves its operation (RODO art. 5 ust. 1
 * lit. e, storage limitation): settings, overridable through the environment (README, Configuration).
 * The daily `privacy.retention` job (lib/privacy/jobs.ts) deletes what is older.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** A whole number of days from the environment; the default when unset, empty or not a number ≥ 0. */
export function retentionDays(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const days = Number(value);
  return Number.isInteger(days) && days >= 0 ? days : fallback;
}

export interface RetentionSettings {
  /** mail sent (or given up on) this many days ago is deleted from the outbox; mail still waiting is kept */
  mailDays: number;
  /** failed log-ins (e-mail, client address) older than this; never less than the throttling window */
  loginFailureDays: number;
  /** verification and reset tokens this many days after they expired or were used */
  tokenDays: number;
  /** counted password-reset requests (e-mail, client address); never less than the limits' window */
  resetRequestDays: number;
}

export const retentionSettings: RetentionSettings = {
  mailDays: retentionDays(process.env.MAIL_RETENTION_DAYS, 90),
  loginFailureDays: retentionDays(process.env.LOGIN_FAILURE_RETENTION_DAYS, 30),
  tokenDays: retentionDays(process.env.TOKEN_RETENTION_DAYS, 0),
  resetRequestDays: retentionDays(process.env.RESET_REQUEST_RETENTION_DAYS, 0),
};

/** The moment before which a record kept `days` is deleted, but never inside `minimumMs` (a limit still counting it). */
export function retentionCutoff(now: Date, days: number, minimumMs = 0): Date {
  return new Date(now.getTime() - Math.max(days * DAY_MS, minimumMs));
}
