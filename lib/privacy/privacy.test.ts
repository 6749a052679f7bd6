import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUser } from "@/lib/accounts/admin";
import { authenticate } from "@/lib/accounts/commands";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { allComments } from "@/lib/consultations/comment-queries";
import { insertComment, insertConsultation } from "@/lib/consultations/testing";
import {
  auditLog,
  follows,
  loginFailures,
  mailOutbox,
  organizationJoinRequests,
  organizationMembers,
  organizations,
  passwordResetRequests,
  sessions,
  userTokens,
  users,
} from "@/lib/db/schema";
import { runJob } from "@/lib/jobs/runner";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import {
  addCommissionMember,
  addOrganizationMember,
  createCompetition,
  createOrganization,
  createUser,
  testPassword,
  uniqueEmail,
  uniqueIp,
} from "@/tests/factories";
import { deleteOwnAccount } from "./commands";
import { exportPersonalData } from "./queries";
import { startSession } from "@/lib/auth/sessions";
import { retentionCutoff, retentionDays } from "./settings";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const DAY = 24 * 60 * 60 * 1000;
const confirmed = { password: testPassword, confirm: "on" };

async function person(options: { isAdmin?: boolean; name?: string } = {}) {
  const user = await createUser(t.db, options);
  return { user, principal: (await loadPrincipal(t.db, user.id))! };
}

/** A resident with a bit of everything: a membership, a join request, a comment, a follow, a mail. */
async function residentWithData() {
  const { user, principal } = await person({ name: "Anna Nowak" });
  const ownOrg = await createOrganization(t.db, "Stowarzyszenie Jednoosobowe");
  await addOrganizationMember(t.db, ownOrg, user.id, "owner");
  const otherOrg = await createOrganization(t.db, "Fundacja Cudza");
  await t.db.insert(organizationJoinRequests).values({ organizationId: otherOrg, userId: user.id, message: "Chcę pomóc" });
  const consultationId = await insertConsultation(t.db);
  const commentId = await insertComment(t.db, { consultationId, authorId: user.id, body: "Proszę o więcej ławek", createdAt: new Date() });
  await t.db.insert(follows).values({ userId: user.id, consultationId });
  await t.db.insert(mailOutbox).values({ to: user.email, subject: "Witaj", text: "Treść", kind: "verify_email", sentAt: new Date() });
  await startSession(t.db, user.id, "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
  return { user, principal, ownOrg, consultationId, commentId };
}

describe("exporting one's personal data", () => {
  it("holds the account, memberships, join requests, comments, follows and mail, and nothing of anyone else", async () => {
    const { user, principal, ownOrg, consultationId, commentId } = await residentWithData();
    const other = await createUser(t.db, { name: "Ktoś Inny" });
    await insertComment(t.db, { consultationId, authorId: other.id, body: "Cudzy komentarz", createdAt: new Date() });
    const data = await exportPersonalData(t.db, principal);
    expect(data.account).toMatchObject({ id: user.id, email: user.email, name: "Anna Nowak" });
    expect(JSON.stringify(data)).not.toContain(user.passwordHash);
    expect(data.organizations.memberships).toEqual([expect.objectContaining({ organizationId: ownOrg, role: "owner" })]);
    expect(data.organizations.joinRequests).toHaveLength(1);
    expect(data.consultations.comments.map((c) => c.id)).toEqual([commentId]);
    expect(data.consultations.followed).toHaveLength(1);
    expect(data.mail.map((m) => m.subject)).toEqual(["Witaj"]);
    expect(data.security.sessions).toEqual([expect.objectContaining({ browser: "Firefox / Linux", endedAt: null })]);
    expect(JSON.stringify(data)).not.toContain("Cudzy komentarz");
    expect(JSON.stringify(data)).not.toContain(other.email);
  });

  it("is refused to a visitor", async () => {
    await expect(exportPersonalData(t.db, null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("deleting one's account", () => {
  it("needs the password and the confirmation; a refusal changes nothing", async () => {
    const { user, principal } = await residentWithData();
    expect(await deleteOwnAccount(t.db, principal, { password: "zle-haslo", confirm: "on" })).toEqual({
      ok: false,
      fieldErrors: { password: ["currentPasswordWrong"] },
    });
    expect(await deleteOwnAccount(t.db, principal, { password: testPassword })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["deletionNotConfirmed"] },
    });
    await expect(deleteOwnAccount(t.db, null, confirmed)).rejects.toBeInstanceOf(ForbiddenError);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ email: user.email, name: user.name, active: true, deletedAt: null });
  });

  it("deletes only the signed-in person's account: another id in the input and another's password do nothing", async () => {
    const { principal } = await residentWithData();
    const victim = await createUser(t.db, { password: "Haslo-Ofiary-2026" });
    expect(await deleteOwnAccount(t.db, principal, { password: "Haslo-Ofiary-2026", confirm: "on", userId: victim.id })).toMatchObject({
      ok: false,
    });
    const [row] = await t.db.select().from(users).where(eq(users.id, victim.id));
    expect(row).toMatchObject({ email: victim.email, active: true, deletedAt: null });
  });

  it("removes the personal data, keeps the comment and the organisation, refuses log-in and keeps a non-personal audit entry", async () => {
    const { user, principal, ownOrg, consultationId, commentId } = await residentWithData();
    const now = new Date();
    const result = await deleteOwnAccount(t.db, principal, confirmed, now);
    expect(result).toEqual({ ok: true, value: { consultations: [consultationId], smallGrants: [] } });

    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ name: "", passwordHash: "", active: false, isAdmin: false, emailVerifiedAt: null });
    expect(row.email).not.toContain(user.email);
    expect(row.deletedAt).toEqual(now);
    expect(await loadPrincipal(t.db, user.id)).toBeNull();
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, uniqueIp())).toEqual({ ok: false, reason: "invalid" });

    const comments = await allComments(t.db, consultationId);
    expect(comments.find((c) => c.id === commentId)).toMatchObject({ body: "Proszę o więcej ławek", authorName: "" });
    expect(await t.db.select().from(organizations).where(eq(organizations.id, ownOrg))).toHaveLength(1);
    expect(await t.db.select().from(organizationMembers).where(eq(organizationMembers.userId, user.id))).toEqual([]);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect(await t.db.select().from(organizationJoinRequests).where(eq(organizationJoinRequests.userId, user.id))).toEqual([]);
    expect(await t.db.select().from(follows).where(eq(follows.userId, user.id))).toEqual([]);
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email))).toEqual([]);

    const entries = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    const deletion = entries.find((e) => e.action === "user.deleteAccount")!;
    expect(deletion.actorId).toBe(user.id);
    expect(JSON.stringify(deletion)).not.toContain(user.email);
    expect(JSON.stringify(deletion)).not.toContain("Anna Nowak");
    expect(deletion.after).toMatchObject({ memberships: 1, joinRequests: 1, follows: 1, mail: 1, orphanedOrganizations: [ownOrg] });
  });

  it("cannot be undone by an administrator", async () => {
    const { user, principal } = await residentWithData();
    await deleteOwnAccount(t.db, principal, confirmed);
    const admin = (await person({ isAdmin: true })).principal;
    expect(await updateUser(t.db, admin, { userId: user.id, active: "true" })).toEqual({ ok: false, formError: "notFound" });
    expect((await t.db.select().from(users).where(eq(users.id, user.id)))[0].active).toBe(false);
  });

  it("is refused to an administrator, a member of a commission at work, and the only owner of an organisation with other members", async () => {
    const refusals: [Principal, string][] = [];
    refusals.push([(await person({ isAdmin: true })).principal, "adminCannotDelete"]);

    const member = await person();
    await addCommissionMember(t.db, await createCompetition(t.db), member.user.id);
    refusals.push([(await loadPrincipal(t.db, member.user.id))!, "commissionInProgress"]);

    const owner = await person();
    const org = await createOrganization(t.db, "Fundacja z Zespołem");
    await addOrganizationMember(t.db, org, owner.user.id, "owner");
    await addOrganizationMember(t.db, org, (await createUser(t.db)).id, "editor");
    refusals.push([(await loadPrincipal(t.db, owner.user.id))!, "handOverOwnership"]);

    for (const [principal, formError] of refusals) {
      expect(await deleteOwnAccount(t.db, principal, confirmed)).toEqual({ ok: false, formError });
      const [row] = await t.db.select().from(users).where(eq(users.id, principal.userId));
      expect(row).toMatchObject({ email: principal.email, active: true, deletedAt: null });
    }
  });
});

describe("privacy.retention", () => {
  it("reads whole days from the environment, else the default", () => {
    expect(retentionDays(undefined, 90)).toBe(90);
    expect(retentionDays("", 90)).toBe(90);
    expect(retentionDays("14", 90)).toBe(14);
    expect(retentionDays("-1", 90)).toBe(90);
    expect(retentionDays("1.5", 90)).toBe(90);
    expect(retentionCutoff(new Date(10 * DAY), 0, 60_000)).toEqual(new Date(10 * DAY - 60_000));
  });

  it("deletes mail, failed log-ins, tokens and reset requests past their retention and keeps the rest", async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const to = uniqueEmail("retencja");
    const mail = await t.db
      .insert(mailOutbox)
      .values([
        { to, subject: "old sent", text: "x", kind: "test", sentAt: ago(91), createdAt: ago(91) },
        { to, subject: "old failed", text: "x", kind: "test", failedAt: ago(95), createdAt: ago(95) },
        { to, subject: "recent sent", text: "x", kind: "test", sentAt: ago(3), createdAt: ago(3) },
        { to, subject: "old but waiting", text: "x", kind: "test", createdAt: ago(200) },
      ])
      .returning();
    await t.db.insert(loginFailures).values([
      { email: to, ip: uniqueIp(), at: ago(31) },
      { email: to, ip: uniqueIp(), at: ago(2) },
    ]);
    const user = await createUser(t.db);
    await t.db.insert(userTokens).values([
      { userId: user.id, purpose: "reset_password", tokenHash: `h-${to}-expired`, expiresAt: ago(1) },
      { userId: user.id, purpose: "verify_email", tokenHash: `h-${to}-used`, expiresAt: ago(-1), usedAt: ago(0.5) },
      { userId: user.id, purpose: "verify_email", tokenHash: `h-${to}-valid`, expiresAt: ago(-1) },
    ]);
    await t.db.insert(passwordResetRequests).values([
      { email: to, ip: uniqueIp(), at: ago(2) },
      { email: to, ip: uniqueIp(), at: now },
    ]);

    expect(await runJob(t.db, "privacy.retention", { trigger: "manual", now })).toMatchObject({ outcome: "ok" });

    const subjects = (await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, to))).map((m) => m.subject).sort();
    expect(subjects).toEqual(["old but waiting", "recent sent"]);
    expect(mail).toHaveLength(4);
    expect((await t.db.select().from(loginFailures).where(eq(loginFailures.email, to))).map((r) => r.at)).toEqual([ago(2)]);
    expect((await t.db.select().from(userTokens).where(eq(userTokens.userId, user.id))).map((r) => r.tokenHash)).toEqual([`h-${to}-valid`]);
    expect((await t.db.select().from(passwordResetRequests).where(eq(passwordResetRequests.email, to))).map((r) => r.at)).toEqual([now]);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, "privacy.retention"));
    expect(audit.actorSystem).toBe("privacy.retention");
  });
});
