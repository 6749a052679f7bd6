import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endUserSessions, updateUser } from "@/lib/accounts/admin";
import { changeOwnPassword, requestPasswordReset, resetPassword } from "@/lib/accounts/commands";
import { loadPrincipal, loadSessionPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError } from "@/lib/auth/permissions";
import { auditLog, sessions, userTokens, users } from "@/lib/db/schema";
import { runJob } from "@/lib/jobs/runner";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser, mailsTo, testPassword, tokenFromMail, uniqueIp } from "@/tests/factories";
import { revokeSession, sessionMaxAgeSeconds, startSession, summarizeUserAgent } from "./sessions";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
const newPassword = "Nowe-Haslo-Sosna-9";

/** Whether the cookie of this session would still sign someone in. */
async function signsIn(userId: string, sessionId: string) {
  return (await loadSessionPrincipal(t.db, { userId, sessionId })) !== null;
}

/** A signed-in person as a request sees them: the principal of their session. */
async function signIn(userId: string) {
  const sessionId = await startSession(t.db, userId, firefox);
  const loaded = await loadSessionPrincipal(t.db, { userId, sessionId });
  return { sessionId, principal: loaded!.principal };
}

describe("sessions", () => {
  it("sign in while open, with the session named on the principal and the browser summarized", async () => {
    const user = await createUser(t.db);
    const { sessionId, principal } = await signIn(user.id);
    expect(principal).toMatchObject({ userId: user.id, sessionId });
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(row.userAgent).toBe("Firefox / Linux");
    expect(summarizeUserAgent(null)).toBeNull();
  });

  it("end at log-out: that session only", async () => {
    const user = await createUser(t.db);
    const [one, other] = [await startSession(t.db, user.id, null), await startSession(t.db, user.id, null)];
    await revokeSession(t.db, one);
    expect(await signsIn(user.id, one)).toBe(false);
    expect(await signsIn(user.id, other)).toBe(true);
  });

  it("are refused for another user's id, an unknown session, a deactivated or a deleted account", async () => {
    const user = await createUser(t.db);
    const stranger = await createUser(t.db);
    const sessionId = await startSession(t.db, user.id, null);
    expect(await signsIn(stranger.id, sessionId)).toBe(false);
    expect(await signsIn(user.id, "00000000-0000-4000-8000-000000000000")).toBe(false);
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await signsIn(user.id, sessionId)).toBe(false);
    await t.db.delete(users).where(eq(users.id, user.id));
    expect(await t.db.select().from(sessions).where(eq(sessions.id, sessionId))).toEqual([]);
  });

  it("all but the current one end when the password is changed, and waiting reset links stop working", async () => {
    const user = await createUser(t.db);
    const current = await signIn(user.id);
    const elsewhere = await startSession(t.db, user.id, null);
    await requestPasswordReset(t.db, { email: user.email }, { locale: "pl", clientIp: uniqueIp(), now: new Date() });
    const link = tokenFromMail((await mailsTo(t.db, user.email)).at(-1)!.text);

    const result = await changeOwnPassword(t.db, current.principal, {
      currentPassword: testPassword,
      password: newPassword,
      passwordConfirm: newPassword,
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(await signsIn(user.id, current.sessionId)).toBe(true);
    expect(await signsIn(user.id, elsewhere)).toBe(false);
    expect(await resetPassword(t.db, { token: link, password: "Inne-Haslo-Grab-4", passwordConfirm: "Inne-Haslo-Grab-4" })).toEqual({
      ok: false,
      formError: "tokenInvalid",
    });
    expect(await t.db.select().from(userTokens).where(eq(userTokens.userId, user.id))).toEqual([]);
  });

  it("all end when the password is reset", async () => {
    const user = await createUser(t.db);
    const [one, two] = [await startSession(t.db, user.id, null), await startSession(t.db, user.id, null)];
    await requestPasswordReset(t.db, { email: user.email }, { locale: "pl", clientIp: uniqueIp(), now: new Date() });
    const token = tokenFromMail((await mailsTo(t.db, user.email)).at(-1)!.text);
    expect(await resetPassword(t.db, { token, password: newPassword, passwordConfirm: newPassword })).toEqual({ ok: true, value: null });
    expect(await signsIn(user.id, one)).toBe(false);
    expect(await signsIn(user.id, two)).toBe(false);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit).toMatchObject({ action: "user.resetPassword", after: { endedSessions: 2 } });
  });

  it("all end when an administrator deactivates the account", async () => {
    const admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
    const user = await createUser(t.db);
    const sessionId = await startSession(t.db, user.id, null);
    expect(await updateUser(t.db, admin, { userId: user.id, active: "false" })).toEqual({ ok: true, value: null });
    expect(await updateUser(t.db, admin, { userId: user.id, active: "true" })).toEqual({ ok: true, value: null });
    expect(await signsIn(user.id, sessionId)).toBe(false);
  });

  it("are deleted by privacy.retention once they can sign nobody in", async () => {
    const user = await createUser(t.db);
    const now = new Date();
    const ended = await startSession(t.db, user.id, null);
    await revokeSession(t.db, ended);
    const stale = await startSession(t.db, user.id, null, new Date(now.getTime() - 2 * sessionMaxAgeSeconds * 1000));
    const open = await startSession(t.db, user.id, null);
    expect(await runJob(t.db, "privacy.retention", { trigger: "manual", now })).toMatchObject({ outcome: "ok" });
    const left = (await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).map((row) => row.id);
    expect(left).toEqual([open]);
    expect(left).not.toContain(stale);
  });
});

describe("an administrator ending a user's sessions", () => {
  it("ends every open session of that user, in one audited step", async () => {
    const admin = await signIn((await createUser(t.db, { isAdmin: true })).id);
    const user = await createUser(t.db);
    const [one, two] = [await startSession(t.db, user.id, null), await startSession(t.db, user.id, null)];
    const bystander = await createUser(t.db);
    const theirs = await startSession(t.db, bystander.id, null);

    expect(await endUserSessions(t.db, admin.principal, { userId: user.id })).toEqual({ ok: true, value: { ended: 2 } });
    expect(await signsIn(user.id, one)).toBe(false);
    expect(await signsIn(user.id, two)).toBe(false);
    expect(await signsIn(bystander.id, theirs)).toBe(true);
    expect(await signsIn(admin.principal.userId, admin.sessionId)).toBe(true);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit).toMatchObject({ action: "user.endSessions", actorId: admin.principal.userId, after: { ended: 2 } });
    // nothing left to end: still a success, saying so
    expect(await endUserSessions(t.db, admin.principal, { userId: user.id })).toEqual({ ok: true, value: { ended: 0 } });
  });

  it("is refused to anyone but an administrator, and changes nothing", async () => {
    const resident = await signIn((await createUser(t.db)).id);
    const user = await createUser(t.db);
    const sessionId = await startSession(t.db, user.id, null);
    await expect(endUserSessions(t.db, resident.principal, { userId: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(endUserSessions(t.db, null, { userId: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await signsIn(user.id, sessionId)).toBe(true);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id))).toEqual([]);
  });

  it("refuses one's own sessions, an unknown user and a malformed id with a message", async () => {
    const admin = await signIn((await createUser(t.db, { isAdmin: true })).id);
    expect(await endUserSessions(t.db, admin.principal, { userId: admin.principal.userId })).toEqual({
      ok: false,
      formError: "cannotEndOwnSessions",
    });
    expect(await signsIn(admin.principal.userId, admin.sessionId)).toBe(true);
    expect(await endUserSessions(t.db, admin.principal, { userId: "00000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      formError: "notFound",
    });
    expect(await endUserSessions(t.db, admin.principal, { userId: "------------------------------------" })).toMatchObject({ ok: false });
  });
});
