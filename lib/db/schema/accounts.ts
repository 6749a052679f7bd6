import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid, integer } from "drizzle-orm/pg-core";

/** A person with an account. Roles beyond "resident" come from memberships, except administrator and Centre staff. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    isAdmin: boolean("is_admin").notNull().default(false),
    /** runs the NGO Cooperation Centre (rooms, equipment, advice, events, premises); granted by an administrator */
    isCentreStaff: boolean("is_centre_staff").notNull().default(false),
    active: boolean("active").notNull().default(true),
    locale: text("locale").notNull().default("pl"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** set when the person deleted their account: the row stays as a pseudonymous reference, without personal data */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`), index("users_name_idx").on(t.name)],
);

/** One-time tokens for e-mail verification and password reset; only the hash is stored. */
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["verify_email", "reset_password"] }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_tokens_hash_key").on(t.tokenHash)],
);

/** Failed log-ins, kept in the database so throttling holds across several app instances. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_failures_email_at_idx").on(t.email, t.at), index("login_failures_ip_at_idx").on(t.ip, t.at)],
);

/**
 * Requests for a mailed link (password reset, a new verification link) that were let through, per
 * e-mail and per client address, so the limits (PASSWORD_RESET_MAX_PER_EMAIL,
 * PASSWORD_RESET_MAX_PER_CLIENT) hold across several app instances; each purpose counts on its own.
 */
export const passwordResetRequests = pgTable(
  "password_reset_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: text("purpose", { enum: ["reset_password", "verify_email"] })
      .notNull()
      .default("reset_password"),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("password_reset_requests_email_at_idx").on(t.email, t.at), index("password_reset_requests_ip_at_idx").on(t.ip, t.at)],
);

/**
 * A signed-in browser. The session cookie (a next-auth JWT) names its row (`sid`); a request is
 * signed in only while the row exists and is not revoked, so log-out, a password change or reset
 * and an administrator can end sessions that a saved cookie would otherwise keep alive.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** a short summary of the browser ("Firefox on Linux"), for the person's own list */
    userAgent: text("user_agent"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Mail outbox: every message is stored in the transaction of the change that caused it; with SMTP_URL
 * the `outbox.deliver` job sends it. A sender claims a row (`claimed_until`) before sending, so two
 * instances never send the same message; a failed try is retried at `next_attempt_at` with backoff,
 * and after the last try (or a permanent refusal) the message is `failed_at` and stays visible.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    kind: text("kind").notNull(),
    /** the recipient's language (the HTML part's `lang`); null when not known */
    locale: text("locale"),
    /** bulk mail only (digests, followers' notices): the one-click unsubscribe URL (RFC 8058) */
    listUnsubscribeUrl: text("list_unsubscribe_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    claimedBy: text("claimed_by"),
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_created_idx").on(t.createdAt),
    index("mail_outbox_to_idx").on(t.to),
    index("mail_outbox_pending_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} is null and ${t.failedAt} is null`),
  ],
);
