import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { memberRoles, organizations } from "./organizations";

/*
 * How people come into an organization: they ask to join (an owner or an administrator decides),
 * or an owner invites them by e-mail (the person accepts when logged in with that address).
 */

export const joinRequestStatuses = ["pending", "approved", "refused"] as const;
export type JoinRequestStatus = (typeof joinRequestStatuses)[number];

export const organizationJoinRequests = pgTable(
  "organization_join_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: text("message"),
    status: text("status", { enum: joinRequestStatuses }).notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // one open request per person and organization; decided ones stay as history
    uniqueIndex("organization_join_requests_pending_key")
      .on(t.organizationId, t.userId)
      .where(sql`${t.status} = 'pending'`),
    index("organization_join_requests_status_idx").on(t.status, t.createdAt),
    index("organization_join_requests_user_idx").on(t.userId),
  ],
);

export const invitationStatuses = ["pending", "accepted", "declined", "revoked"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const organizationInvitations = pgTable(
  "organization_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** stored lower case; the invitation is accepted by whoever is logged in with this address */
    email: text("email").notNull(),
    role: text("role", { enum: memberRoles }).notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: invitationStatuses }).notNull().default("pending"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organization_invitations_pending_key")
      .on(t.organizationId, t.email)
      .where(sql`${t.status} = 'pending'`),
    index("organization_invitations_email_idx").on(t.email),
  ],
);
