import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/accounts/commands";
import { isLoginThrottled, loginThrottle, recordLoginFailure } from "@/lib/auth/throttle";
import { loginFailures } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser, testPassword, uniqueEmail, uniqueIp } from "@/tests/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const max = loginThrottle.maxFailures;
const wrong = "To-Nie-Jest-Haslo-0";

/** Moves every failure of an address back in time, as if `ms` had passed. */
async function age(email: string, ms: number) {
  await t.db
    .update(loginFailures)
    .set({ at: sql`${loginFailures.at} - make_interval(secs => ${ms / 1000})` })
    .where(eq(loginFailures.email, email));
}

describe("log-in throttling", () => {
  it.skipIf(process.env.LOGIN_MAX_FAILURES !== undefined)("defaults to 10 failures per 15 minutes", () => {
    expect(loginThrottle).toEqual({ maxFailures: 10, windowMs: 15 * 60 * 1000 });
  });

  it(`refuses even the correct password after ${max} failures for one address, and lets in after the window`, async () => {
    const user = await createUser(t.db);
    const ip = uniqueIp();
    for (let i = 0; i < max; i++) {
      // mixed case and spaces count against the same address
      const email = i % 2 ? user.email.toUpperCase() : ` ${user.email}`;
      expect(await authenticate(t.db, { email, password: wrong }, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toEqual({ ok: false, reason: "invalid" });
    // from another address too: the counter is per e-mail
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, uniqueIp())).toEqual({ ok: false, reason: "invalid" });

    await age(user.email, loginThrottle.windowMs + 1000);
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toMatchObject({ ok: true });
  });

  it(`lets the correct password in after ${max - 1} failures`, async () => {
    const user = await createUser(t.db);
    const ip = uniqueIp();
    for (let i = 0; i < max - 1; i++) await authenticate(t.db, { email: user.email, password: wrong }, ip);
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toMatchObject({ ok: true });
  });

  it(`counts failures per IP address across different e-mails`, async () => {
    const ip = uniqueIp();
    for (let i = 0; i < max; i++) {
      expect(await authenticate(t.db, { email: uniqueEmail("zgadywane"), password: wrong }, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    const user = await createUser(t.db);
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, uniqueIp())).toMatchObject({ ok: true });
  });

  it("counts only failures inside the window (the `now` parameter)", async () => {
    const email = uniqueEmail("okno");
    const ip = uniqueIp();
    const t0 = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < max; i++) await recordLoginFailure(t.db, email, ip, new Date(t0.getTime() + i * 1000));
    const last = t0.getTime() + (max - 1) * 1000;

    expect(await isLoginThrottled(t.db, email, ip, new Date(last))).toBe(true);
    expect(await isLoginThrottled(t.db, email, uniqueIp(), new Date(last))).toBe(true);
    expect(await isLoginThrottled(t.db, uniqueEmail("inny"), ip, new Date(last))).toBe(true);
    expect(await isLoginThrottled(t.db, uniqueEmail("inny"), uniqueIp(), new Date(last))).toBe(false);
    // the first failure leaves the window exactly windowMs after it happened
    expect(await isLoginThrottled(t.db, email, ip, new Date(t0.getTime() + loginThrottle.windowMs - 1))).toBe(true);
    expect(await isLoginThrottled(t.db, email, ip, new Date(t0.getTime() + loginThrottle.windowMs))).toBe(false);
    expect(await isLoginThrottled(t.db, email, ip, new Date(last + loginThrottle.windowMs))).toBe(false);
  });

  it("forgets failures older than the window when a new one is recorded", async () => {
    const email = uniqueEmail("stare");
    const ip = uniqueIp();
    const old = new Date(Date.now() - 2 * loginThrottle.windowMs);
    for (let i = 0; i < max; i++) await recordLoginFailure(t.db, email, ip, old);
    const count = async () =>
      (
        await t.db
          .select()
          .from(loginFailures)
          .where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)))
      ).length;
    expect(await count()).toBe(max);
    expect(await isLoginThrottled(t.db, email, ip)).toBe(false);
    await recordLoginFailure(t.db, email, ip);
    expect(await count()).toBe(1);
  });
});
