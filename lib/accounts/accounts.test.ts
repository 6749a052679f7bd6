import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticate, changePassword, registerUser, requestPasswordReset, resetPassword, verifyEmail } from "@/lib/accounts/commands";
import type { MailContext } from "@/lib/mail/links";
import { auditLog, mailOutbox, users } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser, mailsTo, testPassword, tokenFromMail, uniqueEmail, uniqueIp } from "@/tests/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const ctx: MailContext = { locale: "pl" };
const password = "Zubr-Bialowieza-7";
/** A reset request from a client of its own, now (the limits are tested in reset.test.ts). */
const resetCtx = () => ({ ...ctx, clientIp: uniqueIp(), now: new Date() });

function form(overrides: Record<string, unknown> = {}) {
  return { name: "Anna Kowalska", email: uniqueEmail("anna"), password, passwordConfirm: password, acceptTerms: "on", ...overrides };
}

async function usersWithEmail(email: string) {
  return t.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
}

/** Registers and returns the user row and the verification token from the outbox mail. */
async function register(overrides: Record<string, unknown> = {}) {
  const input = form(overrides);
  const result = await registerUser(t.db, input, ctx);
  expect(result).toEqual({ ok: true, value: { email: String(input.email).toLowerCase() } });
  const [user] = await usersWithEmail(String(input.email));
  const mails = await mailsTo(t.db, user.email);
  const verify = mails.find((m) => m.kind === "verify_email");
  expect(verify).toBeDefined();
  return { user, email: user.email, token: tokenFromMail(verify!.text) };
}

describe("registerUser: validation", () => {
  it.each([
    ["a malformed e-mail", { email: "anna@" }, "email", "email"],
    ["an empty e-mail", { email: "" }, "email", "required"],
    ["a too short password", { password: "Krotkie1", passwordConfirm: "Krotkie1" }, "password", "passwordTooShort"],
    ["a well-known password", { password: "Password123", passwordConfirm: "Password123" }, "password", "passwordCommon"],
    ["a too short name", { name: "A" }, "name", "nameTooShort"],
    ["terms not accepted", { acceptTerms: undefined }, "acceptTerms", "acceptTerms"],
    ["terms with another value", { acceptTerms: "off" }, "acceptTerms", "acceptTerms"],
  ])("refuses %s with a field error", async (_label, overrides, field, key) => {
    const input = form(overrides);
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
    const result = await registerUser(t.db, input, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toContain(key);
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after[0].n).toBe(before[0].n);
  });

  it("refuses a confirmation that does not match", async () => {
    const result = await registerUser(t.db, form({ passwordConfirm: `${password}x` }), ctx);
    expect(result).toMatchObject({ ok: false, fieldErrors: { passwordConfirm: ["passwordMismatch"] } });
  });

  it("refuses the e-mail address as the password", async () => {
    const email = "dluga.nazwa@example.test";
    const result = await registerUser(t.db, form({ email, password: email, passwordConfirm: email }), ctx);
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: ["passwordIsEmail"] } });
  });

  it("sends no mail when refused", async () => {
    const email = uniqueEmail("refused");
    await registerUser(t.db, form({ email, acceptTerms: undefined }), ctx);
    expect(await mailsTo(t.db, email)).toHaveLength(0);
  });
});

describe("registerUser: success and duplicates", () => {
  it("creates an unverified user, queues a verification mail and records an audit entry", async () => {
    const email = uniqueEmail("nowa");
    const { user, token } = await register({ email, name: "  Nowa Osoba  " });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.active).toBe(true);
    expect(user.isAdmin).toBe(false);
    expect(user.name).toBe("Nowa Osoba");
    expect(user.passwordHash).not.toContain(password);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    const mails = await mailsTo(t.db, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "verify_email", sentAt: null });
    expect(mails[0].text).toContain(`http://localhost:3000/verify-email?token=${token}`);

    const audit = await auditOf(t.db, user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.register",
      entityType: "user",
      actorId: user.id,
      actorEmail: email,
      after: { email, name: "Nowa Osoba" },
    });
    expect(JSON.stringify(audit[0])).not.toContain(password);
  });

  it("stores the address in lower case and puts /en into links for English", async () => {
    const email = uniqueEmail("Mixed.Case").replace("example", "EXAMPLE");
    vi.stubEnv("APP_URL", "https://wspolnie.example/");
    const result = await registerUser(t.db, form({ email }), { locale: "en" });
    vi.unstubAllEnvs();
    expect(result.ok).toBe(true);
    const [user] = await usersWithEmail(email);
    expect(user.email).toBe(email.toLowerCase());
    expect(user.locale).toBe("en");
    const [mail] = await mailsTo(t.db, user.email);
    expect(mail.text).toContain("https://wspolnie.example/en/verify-email?token=");
  });

  it("answers the same for a taken address, creates no second user and mails the owner instead", async () => {
    const { email } = await register();
    const again = await registerUser(t.db, form({ email: email.toUpperCase(), name: "Ktoś Inny" }), ctx);
    expect(again).toEqual({ ok: true, value: { email } });
    expect(await usersWithEmail(email)).toHaveLength(1);
    const mails = await mailsTo(t.db, email);
    expect(mails.map((m) => m.kind)).toEqual(["verify_email", "account_exists"]);
    expect(mails[1].text).toContain("http://localhost:3000/login");
    expect(mails[1].text).toContain("http://localhost:3000/password-reset");
    expect(mails[1].text).not.toMatch(/token=/);
    const registrations = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.register"), eq(auditLog.actorEmail, email)));
    expect(registrations).toHaveLength(1);
  });
});

describe("verifyEmail", () => {
  it("verifies with the token from the mail, once", async () => {
    const { user, token } = await register();
    expect(await verifyEmail(t.db, token)).toBe(true);
    const [after] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await auditOf(t.db, user.id)).map((a) => a.action)).toContain("user.verifyEmail");

    expect(await verifyEmail(t.db, token)).toBe(false);
  });

  it("refuses an unknown token and a token of another purpose", async () => {
    expect(await verifyEmail(t.db, "x".repeat(43))).toBe(false);
    const { email, token } = await register();
    await verifyEmail(t.db, token);
    await requestPasswordReset(t.db, { email }, resetCtx());
    const reset = (await mailsTo(t.db, email)).find((m) => m.kind === "reset_password")!;
    expect(await verifyEmail(t.db, tokenFromMail(reset.text))).toBe(false);
  });

  it("refuses an expired token", async () => {
    const { token, user } = await register();
    await t.db.execute(sql`update user_tokens set expires_at = now() - interval '1 minute' where user_id = ${user.id}`);
    expect(await verifyEmail(t.db, token)).toBe(false);
  });
});

describe("authenticate", () => {
  it("tells the holder of the right password that the address is unverified, and lets in after verification", async () => {
    const ip = uniqueIp();
    const { email, token, user } = await register();
    expect(await authenticate(t.db, { email, password }, ip)).toEqual({ ok: false, reason: "unverified" });
    expect(await authenticate(t.db, { email, password: "Zle-haslo-123" }, ip)).toEqual({ ok: false, reason: "invalid" });
    await verifyEmail(t.db, token);
    expect(await authenticate(t.db, { email: ` ${email.toUpperCase()} `, password }, ip)).toEqual({
      ok: true,
      user: { id: user.id, email, name: "Anna Kowalska" },
    });
  });

  it("refuses a wrong password, an unknown address and a deactivated account alike", async () => {
    const ip = uniqueIp();
    const user = await createUser(t.db);
    expect(await authenticate(t.db, { email: user.email, password: "Zle-haslo-123" }, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(t.db, { email: uniqueEmail("nikt"), password: testPassword }, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(t.db, { email: user.email, password: "" }, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toMatchObject({ ok: true });

    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toEqual({ ok: false, reason: "invalid" });
  });

  it("does not reveal to a wrong password that an unverified account exists", async () => {
    const user = await createUser(t.db, { verified: false });
    expect(await authenticate(t.db, { email: user.email, password: "Zle-haslo-123" }, uniqueIp())).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("password reset", () => {
  it("sets a new password with the token from the mail; the token works once", async () => {
    const ip = uniqueIp();
    const user = await createUser(t.db);
    expect(await requestPasswordReset(t.db, { email: user.email.toUpperCase() }, resetCtx())).toEqual({ ok: true, value: null });
    const mails = (await mailsTo(t.db, user.email)).filter((m) => m.kind === "reset_password");
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("http://localhost:3000/password-reset/new?token=");
    const token = tokenFromMail(mails[0].text);

    const newPassword = "Nowe-Haslo-Sosna-9";
    expect(await resetPassword(t.db, { token, password: newPassword, passwordConfirm: newPassword })).toEqual({ ok: true, value: null });
    expect(await authenticate(t.db, { email: user.email, password: newPassword }, ip)).toMatchObject({ ok: true });
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toEqual({ ok: false, reason: "invalid" });
    expect((await auditOf(t.db, user.id)).map((a) => a.action)).toContain("user.resetPassword");

    const again = "Jeszcze-Inne-Haslo-1";
    expect(await resetPassword(t.db, { token, password: again, passwordConfirm: again })).toEqual({ ok: false, formError: "tokenInvalid" });
    expect(await authenticate(t.db, { email: user.email, password: again }, ip)).toEqual({ ok: false, reason: "invalid" });
  });

  it("validates the new password before using the token", async () => {
    const user = await createUser(t.db);
    await requestPasswordReset(t.db, { email: user.email }, resetCtx());
    const token = tokenFromMail((await mailsTo(t.db, user.email)).find((m) => m.kind === "reset_password")!.text);
    expect(await resetPassword(t.db, { token, password: "krotkie", passwordConfirm: "krotkie" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["passwordTooShort"] },
    });
    expect(await resetPassword(t.db, { token, password, passwordConfirm: "inne-haslo-123" })).toMatchObject({
      ok: false,
      fieldErrors: { passwordConfirm: ["passwordMismatch"] },
    });
    // the refusals above did not use the token up
    expect(await resetPassword(t.db, { token, password, passwordConfirm: password })).toEqual({ ok: true, value: null });
  });

  it("also verifies an unverified address (the mail proves control of the mailbox)", async () => {
    const { email, user } = await register();
    await requestPasswordReset(t.db, { email }, resetCtx());
    const token = tokenFromMail((await mailsTo(t.db, email)).find((m) => m.kind === "reset_password")!.text);
    expect((await resetPassword(t.db, { token, password, passwordConfirm: password })).ok).toBe(true);
    const [after] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("answers ok without a mail for an unknown or deactivated address", async () => {
    const unknown = uniqueEmail("nieznany");
    expect(await requestPasswordReset(t.db, { email: unknown }, resetCtx())).toEqual({ ok: true, value: null });
    expect(await mailsTo(t.db, unknown)).toHaveLength(0);
    const inactive = await createUser(t.db, { active: false });
    expect(await requestPasswordReset(t.db, { email: inactive.email }, resetCtx())).toEqual({ ok: true, value: null });
    expect(await mailsTo(t.db, inactive.email)).toHaveLength(0);
  });

  it("refuses a malformed address and an unknown token", async () => {
    expect(await requestPasswordReset(t.db, { email: "nie-adres" }, resetCtx())).toMatchObject({
      ok: false,
      fieldErrors: { email: ["email"] },
    });
    expect(await resetPassword(t.db, { token: "y".repeat(43), password, passwordConfirm: password })).toEqual({
      ok: false,
      formError: "tokenInvalid",
    });
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, "nie-adres"))).toHaveLength(0);
  });
});

describe("changePassword", () => {
  it("requires the current password and the rules for the new one", async () => {
    const ip = uniqueIp();
    const user = await createUser(t.db);
    const next = "Zmienione-Haslo-42";
    expect(await changePassword(t.db, user.id, { currentPassword: "Zle-haslo-123", password: next, passwordConfirm: next })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: ["currentPasswordWrong"] },
    });
    expect(
      await changePassword(t.db, user.id, { currentPassword: testPassword, password: "qwerty12345", passwordConfirm: "qwerty12345" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: ["passwordCommon"] },
    });
    expect(
      await changePassword(t.db, user.id, { currentPassword: testPassword, password: next, passwordConfirm: `${next}!` }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { passwordConfirm: ["passwordMismatch"] },
    });
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toMatchObject({ ok: true });

    expect(await changePassword(t.db, user.id, { currentPassword: testPassword, password: next, passwordConfirm: next })).toEqual({
      ok: true,
      value: null,
    });
    expect(await authenticate(t.db, { email: user.email, password: next }, ip)).toMatchObject({ ok: true });
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toEqual({ ok: false, reason: "invalid" });
    const audit = await auditOf(t.db, user.id);
    expect(audit.map((a) => a.action)).toEqual(["user.changePassword"]);
    expect(JSON.stringify(audit)).not.toContain(next);
  });

  it("refuses an unknown user id", async () => {
    const next = "Zmienione-Haslo-42";
    expect(
      await changePassword(t.db, "00000000-0000-4000-8000-000000000000", {
        currentPassword: testPassword,
        password: next,
        passwordConfirm: next,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["currentPasswordWrong"] } });
  });
});
