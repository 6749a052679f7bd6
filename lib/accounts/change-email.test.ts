import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeUnverifiedEmail } from "@/lib/accounts/change-email";
import { authenticate, registerUser, resendVerification, verifyEmail } from "@/lib/accounts/commands";
import { users } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser, mailsTo, tokenFromMail, uniqueEmail, uniqueIp } from "@/tests/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const password = "Zubr-Bialowieza-7";
const ctx = () => ({ locale: "pl" as const, clientIp: uniqueIp(), now: new Date() });

async function registered(returnTo?: string) {
  const email = uniqueEmail("pomylka");
  const result = await registerUser(
    t.db,
    { name: "Ewa Nowak", email, password, passwordConfirm: password, acceptTerms: "on", ...(returnTo && { returnTo }) },
    { locale: "pl" },
  );
  expect(result.ok).toBe(true);
  return email.toLowerCase();
}

async function userByEmail(email: string) {
  const [user] = await t.db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  return user;
}

describe("returnTo in the verification link", () => {
  it("carries the page registration started from, and the resent link carries it too", async () => {
    const email = await registered("/consultations/abc?akapit=3");
    const [mail] = await mailsTo(t.db, email);
    expect(mail.text).toContain("&returnTo=%2Fconsultations%2Fabc%3Fakapit%3D3");
    await resendVerification(t.db, { email, returnTo: "/meetings" }, ctx());
    const resent = (await mailsTo(t.db, email)).filter((m) => m.kind === "verify_email");
    expect(resent.at(-1)!.text).toContain("&returnTo=%2Fmeetings");
  });

  it("drops a return address on another site", async () => {
    const email = await registered("//evil.example/phish");
    const [mail] = await mailsTo(t.db, email);
    expect(mail.text).not.toContain("returnTo");
    expect(mail.text).not.toContain("evil");
  });
});

describe("changeUnverifiedEmail", () => {
  it("moves a pending account to the corrected address: the new address gets a working link, the old link stops", async () => {
    const email = await registered("/competitions");
    const oldToken = tokenFromMail((await mailsTo(t.db, email))[0].text);
    const newEmail = uniqueEmail("poprawny");
    const result = await changeUnverifiedEmail(t.db, { email, password, newEmail, returnTo: "/competitions" }, ctx());
    expect(result).toEqual({ ok: true, value: { email: newEmail.toLowerCase() } });
    const user = await userByEmail(newEmail.toLowerCase());
    expect(user.emailVerifiedAt).toBeNull();
    const [mail] = await mailsTo(t.db, newEmail.toLowerCase());
    expect(mail).toMatchObject({ kind: "verify_email" });
    expect(mail.text).toContain("&returnTo=%2Fcompetitions");
    expect(await verifyEmail(t.db, oldToken)).toBe(false);
    expect(await verifyEmail(t.db, tokenFromMail(mail.text))).toBe(true);
    const audit = await auditOf(t.db, user.id);
    expect(audit.map((a) => a.action)).toContain("user.changeEmail");
    expect(await authenticate(t.db, { email: newEmail, password }, uniqueIp())).toMatchObject({ ok: true });
  });

  it("refuses a wrong password and changes nothing", async () => {
    const email = await registered();
    const newEmail = uniqueEmail("obcy");
    const result = await changeUnverifiedEmail(t.db, { email, password: "Zle-haslo-123", newEmail }, ctx());
    expect(result).toEqual({ ok: false, formError: "changeEmailRefused" });
    expect(await userByEmail(email)).toBeDefined();
    expect(await userByEmail(newEmail.toLowerCase())).toBeUndefined();
    expect(await mailsTo(t.db, newEmail.toLowerCase())).toHaveLength(0);
  });

  it("refuses an address with no account the same way as a wrong password", async () => {
    const result = await changeUnverifiedEmail(t.db, { email: uniqueEmail("nikt"), password, newEmail: uniqueEmail("x") }, ctx());
    expect(result).toEqual({ ok: false, formError: "changeEmailRefused" });
  });

  it("leaves a verified account alone: it is changed on the account page, not here", async () => {
    const user = await createUser(t.db, { password });
    const newEmail = uniqueEmail("przejecie");
    const result = await changeUnverifiedEmail(t.db, { email: user.email, password, newEmail }, ctx());
    expect(result).toEqual({ ok: false, formError: "alreadyVerified" });
    expect(await userByEmail(newEmail.toLowerCase())).toBeUndefined();
  });

  it("does not reveal that the new address is taken: its owner gets the 'account exists' mail, the account keeps its address", async () => {
    const email = await registered();
    const owner = await createUser(t.db, { password });
    const result = await changeUnverifiedEmail(t.db, { email, password, newEmail: owner.email }, ctx());
    expect(result).toEqual({ ok: true, value: { email: owner.email.toLowerCase() } });
    expect(await userByEmail(email)).toBeDefined();
    const mails = await mailsTo(t.db, owner.email.toLowerCase());
    expect(mails.map((m) => m.kind)).toContain("account_exists");
  });

  it("asks for a different address and for every field", async () => {
    const email = await registered();
    expect(await changeUnverifiedEmail(t.db, { email, password, newEmail: email.toUpperCase() }, ctx())).toMatchObject({
      ok: false,
      fieldErrors: { newEmail: ["sameEmail"] },
    });
    expect(await changeUnverifiedEmail(t.db, { email: "", password: "", newEmail: "zly@" }, ctx())).toMatchObject({
      ok: false,
      fieldErrors: { email: ["required"], password: ["required"], newEmail: ["email"] },
    });
  });
});
