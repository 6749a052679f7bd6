import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, requestPasswordReset, resendVerification, resetPassword, verifyEmail } from "@/lib/accounts/commands";
import { resetRequestLimit } from "@/lib/accounts/reset-limit";
import { unknownClient } from "@/lib/http/client-ip";
import { auditLog, passwordResetRequests } from "@/lib/db/schema";
import { runJob } from "@/lib/jobs/runner";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser, mailsTo, testPassword, tokenFromMail, uniqueEmail, uniqueIp } from "@/tests/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const newPassword = "Nowe-Haslo-Sosna-9";
const minutes = (n: number) => n * 60_000;

/** Asks for a reset link and returns the token of the mail it queued. */
async function requestLink(email: string, clientIp = uniqueIp(), now = new Date()) {
  const before = (await mailsTo(t.db, email)).length;
  expect(await requestPasswordReset(t.db, { email }, { locale: "pl", clientIp, now })).toEqual({ ok: true, value: null });
  const mails = (await mailsTo(t.db, email)).filter((m) => m.kind === "reset_password");
  expect(mails.length).toBe(before + 1);
  return tokenFromMail(mails.at(-1)!.text);
}

async function resetMailCount(email: string) {
  return (await mailsTo(t.db, email)).filter((m) => m.kind === "reset_password").length;
}

async function limitAudits(email: string) {
  const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.limitPasswordReset"));
  return rows.filter((row) => (row.after as { email: string }).email === email);
}

const reset = (token: string, password = newPassword, now = new Date()) =>
  resetPassword(t.db, { token, password, passwordConfirm: password }, now);

describe("reset tokens", () => {
  it("refuses an older link once a newer one was issued", async () => {
    const user = await createUser(t.db);
    const older = await requestLink(user.email);
    const newer = await requestLink(user.email);
    expect(await reset(older)).toEqual({ ok: false, formError: "tokenInvalid" });
    expect(await reset(newer)).toEqual({ ok: true, value: null });
  });

  it("refuses an older link after a newer one was used", async () => {
    const user = await createUser(t.db);
    const older = await requestLink(user.email);
    const newer = await requestLink(user.email);
    expect(await reset(newer)).toEqual({ ok: true, value: null });
    expect(await reset(older, "Inne-Haslo-Grab-4")).toEqual({ ok: false, formError: "tokenInvalid" });
  });

  it("keeps only the newest verification link too", async () => {
    const email = uniqueEmail("weryfikacja");
    await registerUser(
      t.db,
      { name: "Ewa Nowak", email, password: testPassword, passwordConfirm: testPassword, acceptTerms: "on" },
      { locale: "pl" },
    );
    await resendVerification(t.db, { email }, { locale: "pl", clientIp: uniqueIp(), now: new Date() });
    const [first, second] = (await mailsTo(t.db, email)).filter((m) => m.kind === "verify_email").map((m) => tokenFromMail(m.text));
    expect(await verifyEmail(t.db, first)).toBe(false);
    expect(await verifyEmail(t.db, second)).toBe(true);
  });
});

describe("reset request limits", () => {
  it(`queues no mail after ${resetRequestLimit.maxPerEmail} requests for one address within the hour, answers the same, audits it, and works again after the hour`, async () => {
    const user = await createUser(t.db);
    const start = new Date();
    for (let i = 0; i < resetRequestLimit.maxPerEmail; i++)
      await requestLink(user.email, uniqueIp(), new Date(start.getTime() + minutes(i)));

    const held = await requestPasswordReset(
      t.db,
      { email: user.email },
      { locale: "pl", clientIp: uniqueIp(), now: new Date(start.getTime() + minutes(30)) },
    );
    expect(held).toEqual({ ok: true, value: null });
    expect(await resetMailCount(user.email)).toBe(resetRequestLimit.maxPerEmail);
    expect(await limitAudits(user.email)).toEqual([
      expect.objectContaining({ actorId: null, entityType: "user", entityId: user.id, after: expect.objectContaining({ limit: "email" }) }),
    ]);

    // an hour after the first request, one more may go through
    const later = new Date(start.getTime() + resetRequestLimit.windowMs + 1);
    const token = await requestLink(user.email, uniqueIp(), later);
    expect(await reset(token, newPassword, later)).toEqual({ ok: true, value: null });
  });

  it(`holds back a client after ${resetRequestLimit.maxPerClient} requests within the hour, across different addresses`, async () => {
    const clientIp = uniqueIp();
    const start = new Date();
    const users = [];
    for (let i = 0; i <= resetRequestLimit.maxPerClient; i++) users.push(await createUser(t.db));
    for (const user of users.slice(0, -1)) await requestLink(user.email, clientIp, start);

    const last = users.at(-1)!;
    expect(
      await requestPasswordReset(t.db, { email: last.email }, { locale: "pl", clientIp, now: new Date(start.getTime() + minutes(59)) }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(await resetMailCount(last.email)).toBe(0);
    expect(await limitAudits(last.email)).toEqual([
      expect.objectContaining({ after: expect.objectContaining({ clientIp, limit: "client" }) }),
    ]);
    // the same address from another client still gets its mail
    await requestLink(last.email, uniqueIp(), start);
    // and the client may ask again once the hour has passed
    const afterHour = await createUser(t.db);
    await requestLink(afterHour.email, clientIp, new Date(start.getTime() + resetRequestLimit.windowMs + 1));
  });

  it("does not count clients no proxy named (they would all share one count); the limit per e-mail still holds", async () => {
    const start = new Date();
    const users = [];
    for (let i = 0; i <= resetRequestLimit.maxPerClient; i++) users.push(await createUser(t.db));
    for (const user of users) await requestLink(user.email, unknownClient, start);
    for (let i = 1; i < resetRequestLimit.maxPerEmail; i++) await requestLink(users[0].email, unknownClient, start);
    await requestPasswordReset(t.db, { email: users[0].email }, { locale: "pl", clientIp: unknownClient, now: start });
    expect(await resetMailCount(users[0].email)).toBe(resetRequestLimit.maxPerEmail);
  });
});

describe("verification request limits", () => {
  const verificationMails = async (email: string) => (await mailsTo(t.db, email)).filter((m) => m.kind === "verify_email").length;
  const resend = (email: string, clientIp: string, now: Date) => resendVerification(t.db, { email }, { locale: "pl", clientIp, now });

  it(`queues no new verification mail after ${resetRequestLimit.maxPerEmail} requests for one address within the hour, answers the same, audits it`, async () => {
    const user = await createUser(t.db, { verified: false });
    const start = new Date();
    for (let i = 0; i < resetRequestLimit.maxPerEmail; i++) await resend(user.email, uniqueIp(), new Date(start.getTime() + minutes(i)));
    expect(await verificationMails(user.email)).toBe(resetRequestLimit.maxPerEmail);
    expect(await resend(user.email, uniqueIp(), new Date(start.getTime() + minutes(10)))).toEqual({ ok: true, value: null });
    expect(await verificationMails(user.email)).toBe(resetRequestLimit.maxPerEmail);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.limitVerification"));
    expect(audits.filter((row) => row.entityId === user.id)).toEqual([
      expect.objectContaining({ actorId: null, after: expect.objectContaining({ limit: "email" }) }),
    ]);
    // reset requests count on their own: the limit of one kind does not hold back the other
    await requestPasswordReset(
      t.db,
      { email: user.email },
      { locale: "pl", clientIp: uniqueIp(), now: new Date(start.getTime() + minutes(11)) },
    );
    expect(await resetMailCount(user.email)).toBe(1);
    // after the hour, one more
    await resend(user.email, uniqueIp(), new Date(start.getTime() + resetRequestLimit.windowMs + 1));
    expect(await verificationMails(user.email)).toBe(resetRequestLimit.maxPerEmail + 1);
  });

  it(`holds back a client after ${resetRequestLimit.maxPerClient} requests within the hour, across different addresses`, async () => {
    const clientIp = uniqueIp();
    const start = new Date();
    const waiting = [];
    for (let i = 0; i <= resetRequestLimit.maxPerClient; i++) waiting.push(await createUser(t.db, { verified: false }));
    for (const user of waiting.slice(0, -1)) await resend(user.email, clientIp, start);
    await resend(waiting.at(-1)!.email, clientIp, new Date(start.getTime() + minutes(59)));
    expect(await verificationMails(waiting.at(-1)!.email)).toBe(0);
    expect(await verificationMails(waiting[0].email)).toBe(1);
  });
});

describe("privacy.retention", () => {
  it("forgets the counted reset requests once they are older than the limits' window", async () => {
    const now = new Date();
    const email = uniqueEmail("stare");
    const [old] = await t.db
      .insert(passwordResetRequests)
      .values({ email, ip: uniqueIp(), at: new Date(now.getTime() - resetRequestLimit.windowMs - 1) })
      .returning();
    const [recent] = await t.db.insert(passwordResetRequests).values({ email, ip: uniqueIp(), at: now }).returning();
    expect(await runJob(t.db, "privacy.retention", { trigger: "manual", now })).toMatchObject({ outcome: "ok" });
    const left = (await t.db.select().from(passwordResetRequests).where(eq(passwordResetRequests.email, email))).map((row) => row.id);
    expect(left).toEqual([recent.id]);
    expect(left).not.toContain(old.id);
  });
});
