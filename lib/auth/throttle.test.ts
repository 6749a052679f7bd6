import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/accounts/commands";
import { loginDelayMs, loginRefusal, loginThrottle, recordLoginFailure } from "@/lib/auth/throttle";
import { auditLog, loginFailures } from "@/lib/db/schema";
import { unknownClient } from "@/lib/http/client-ip";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser, mailsTo, testPassword, uniqueEmail, uniqueIp } from "@/tests/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const perClient = loginThrottle.maxFailuresPerClient;
const free = loginThrottle.freeAttempts;
const wrong = "To-Nie-Jest-Haslo-0";
const seconds = (n: number) => n * 1000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** `n` failed log-ins for one e-mail from one client, a second apart from `start` (each after the delay of the one before). */
async function fail(email: string, ip: string, n: number, start: Date) {
  let now = start;
  for (let i = 0; i < n; i++) {
    expect(await authenticate(t.db, { email, password: wrong }, ip, now)).toEqual({ ok: false, reason: "invalid" });
    now = at(now, loginDelayMs(i + 1) + seconds(1));
  }
  return now;
}

describe("log-in throttling", () => {
  it.skipIf(process.env.LOGIN_MAX_FAILURES !== undefined || process.env.LOGIN_FREE_ATTEMPTS !== undefined)(
    "defaults to 10 failures per client per 15 minutes, and 3 free attempts per e-mail and client",
    () => {
      expect(loginThrottle).toEqual({
        maxFailuresPerClient: 10,
        freeAttempts: 3,
        firstDelayMs: 4000,
        maxDelayMs: 300_000,
        windowMs: 900_000,
      });
    },
  );

  it("makes the wait grow: none while free, then doubling from a few seconds, capped", () => {
    expect(Array.from({ length: free }, (_, i) => loginDelayMs(i))).toEqual(Array(free).fill(0));
    expect(loginDelayMs(free)).toBe(loginThrottle.firstDelayMs);
    expect(loginDelayMs(free + 1)).toBe(2 * loginThrottle.firstDelayMs);
    expect(loginDelayMs(free + 2)).toBe(4 * loginThrottle.firstDelayMs);
    expect(loginDelayMs(free + 40)).toBe(loginThrottle.maxDelayMs);
  });

  it("delays the next attempt for that e-mail from that client, even with the right password, then lets it in", async () => {
    const user = await createUser(t.db);
    const ip = uniqueIp();
    const t0 = new Date();
    await fail(user.email, ip, free, t0);
    const last = at(t0, seconds(free - 1));
    // mixed case and spaces are the same address
    expect(await authenticate(t.db, { email: ` ${user.email.toUpperCase()}`, password: testPassword }, ip, at(last, seconds(1)))).toEqual({
      ok: false,
      reason: "delayed",
    });
    expect(await loginRefusal(t.db, user.email, ip, at(last, seconds(1)))).toEqual({
      reason: "delay",
      retryAt: at(last, loginDelayMs(free)),
    });
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip, at(last, loginDelayMs(free)))).toMatchObject({
      ok: true,
    });
  });

  it("doubles the wait after each further failure", async () => {
    const email = uniqueEmail("podwojenie");
    const ip = uniqueIp();
    const t0 = new Date();
    await fail(email, ip, free + 1, t0);
    const [{ last }] = await t.db
      .select({ last: sql<string>`max(${loginFailures.at})` })
      .from(loginFailures)
      .where(eq(loginFailures.email, email));
    const lastAt = new Date(last);
    expect(await loginRefusal(t.db, email, ip, at(lastAt, loginDelayMs(free + 1) - 1))).toMatchObject({ reason: "delay" });
    expect(await loginRefusal(t.db, email, ip, at(lastAt, loginDelayMs(free + 1)))).toBeNull();
  });

  it("cannot be used to lock the owner out: failures from other addresses do not delay the owner's own", async () => {
    const user = await createUser(t.db);
    const t0 = new Date();
    // an attacker rotating addresses, each one delayed in turn
    for (let i = 0; i < 5; i++) await fail(user.email, uniqueIp(), free + 1, t0);
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, uniqueIp(), at(t0, seconds(2)))).toMatchObject({
      ok: true,
    });
  });

  it("tells the owner by mail when the delay starts, at most once a day, and never for an unknown address", async () => {
    const user = await createUser(t.db);
    const t0 = new Date();
    await fail(user.email, uniqueIp(), free - 1, t0);
    expect((await mailsTo(t.db, user.email)).filter((m) => m.kind === "login_delayed")).toHaveLength(0);
    await fail(user.email, uniqueIp(), free + 2, t0);
    await fail(user.email, uniqueIp(), free, t0);
    const warnings = (await mailsTo(t.db, user.email)).filter((m) => m.kind === "login_delayed");
    expect(warnings).toHaveLength(1);
    expect(warnings[0].text).toContain("/password-reset");
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.loginDelayed"), eq(auditLog.entityId, user.id)));
    expect(audits).toHaveLength(1);

    const nobody = uniqueEmail("nikt");
    await fail(nobody, uniqueIp(), free + 1, t0);
    expect(await mailsTo(t.db, nobody)).toHaveLength(0);
  });

  it(`refuses even the right password after ${perClient} failures from one client, over any e-mails`, async () => {
    const ip = uniqueIp();
    const t0 = new Date();
    for (let i = 0; i < perClient; i++) await fail(uniqueEmail("zgadywane"), ip, 1, t0);
    const user = await createUser(t.db);
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, ip, at(t0, seconds(1)))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, uniqueIp(), at(t0, seconds(1)))).toMatchObject({
      ok: true,
    });
  });

  it("does not count an unknown client as one client (every visitor would share it); the delay per e-mail still holds", async () => {
    const t0 = new Date();
    const user = await createUser(t.db);
    for (let i = 0; i < perClient; i++) await fail(uniqueEmail("bez-adresu"), unknownClient, 1, t0);
    expect(await authenticate(t.db, { email: user.email, password: testPassword }, unknownClient, at(t0, seconds(1)))).toMatchObject({
      ok: true,
    });
    const other = uniqueEmail("bez-adresu");
    await fail(other, unknownClient, free, t0);
    expect(await loginRefusal(t.db, other, unknownClient, t0)).toMatchObject({ reason: "delay" });
  });

  it("counts only failures inside the window (the `now` parameter)", async () => {
    const email = uniqueEmail("okno");
    const ip = uniqueIp();
    const t0 = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < perClient; i++) await recordLoginFailure(t.db, email, ip, at(t0, seconds(i)));
    const last = at(t0, seconds(perClient - 1));
    expect(await loginRefusal(t.db, uniqueEmail("inny"), ip, last)).toEqual({ reason: "client" });
    expect(await loginRefusal(t.db, uniqueEmail("inny"), uniqueIp(), last)).toBeNull();
    // the first failure leaves the window exactly windowMs after it happened
    expect(await loginRefusal(t.db, uniqueEmail("inny"), ip, at(t0, loginThrottle.windowMs - 1))).toEqual({ reason: "client" });
    expect(await loginRefusal(t.db, uniqueEmail("inny"), ip, at(t0, loginThrottle.windowMs))).toBeNull();
    expect(await loginRefusal(t.db, email, ip, at(last, loginThrottle.windowMs))).toBeNull();
  });

  it("forgets failures older than the window when a new one is recorded", async () => {
    const email = uniqueEmail("stare");
    const ip = uniqueIp();
    const old = new Date(Date.now() - 2 * loginThrottle.windowMs);
    for (let i = 0; i < perClient; i++) await recordLoginFailure(t.db, email, ip, old);
    const count = async () =>
      (
        await t.db
          .select()
          .from(loginFailures)
          .where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)))
      ).length;
    expect(await count()).toBe(perClient);
    expect(await loginRefusal(t.db, email, ip)).toBeNull();
    await recordLoginFailure(t.db, email, ip);
    expect(await count()).toBe(1);
  });
});
