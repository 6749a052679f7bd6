/** Small helpers that put rows straight into a test database. */
import { randomBytes } from "node:crypto";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { auditLog, commissionMembers, competitions, mailOutbox, organizationMembers, organizations, users } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { OrgRole } from "@/lib/auth/permissions";

export const testPassword = "Pelargonia-2026";

export function uniqueEmail(prefix = "user") {
  return `${prefix}.${randomBytes(4).toString("hex")}@example.test`;
}

/** A unique loopback address per call, so throttling counters of one test never touch another. */
let ipCounter = 0;
export function uniqueIp() {
  ipCounter++;
  return `127.${process.pid % 250}.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
}

export interface NewUser {
  email?: string;
  name?: string;
  password?: string;
  verified?: boolean;
  isAdmin?: boolean;
  isCentreStaff?: boolean;
  active?: boolean;
}

export async function createUser(db: Db, options: NewUser = {}) {
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? uniqueEmail(),
      name: options.name ?? "Jan Testowy",
      passwordHash: await hashPassword(options.password ?? testPassword),
      emailVerifiedAt: options.verified === false ? null : new Date(),
      isAdmin: options.isAdmin ?? false,
      isCentreStaff: options.isCentreStaff ?? false,
      active: options.active ?? true,
    })
    .returning();
  return user;
}

export async function createOrganization(db: Db, name = "Fundacja Testowa") {
  const [org] = await db.insert(organizations).values({ name, legalForm: "foundation" }).returning({ id: organizations.id });
  return org.id;
}

export async function addOrganizationMember(db: Db, organizationId: string, userId: string, role: OrgRole) {
  await db.insert(organizationMembers).values({ organizationId, userId, role });
}

export async function createCompetition(db: Db, title = "Konkurs testowy") {
  const [competition] = await db
    .insert(competitions)
    .values({ number: `T/${randomBytes(3).toString("hex")}`, title })
    .returning({ id: competitions.id });
  return competition.id;
}

export async function addCommissionMember(db: Db, competitionId: string, userId: string) {
  await db.insert(commissionMembers).values({ competitionId, userId });
}

export function mailsTo(db: Db, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(asc(mailOutbox.createdAt));
}

/** The one-time token in a link of a mail's text (`...?token=XYZ`). */
export function tokenFromMail(text: string) {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no token link in mail text:\n${text}`);
  return match[1];
}

export function auditOf(db: Db, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(desc(auditLog.id));
}
