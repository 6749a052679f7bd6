import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionFromCookies } from "./session-token";

const secret = "test-secret-of-sufficient-length-0123456789";
const uid = "0b6f3c2e-6d0a-4c1e-9a57-3f1d2b7c8e90";
const sid = "5a1d9e44-2b3c-4d5e-8f60-718293a4b5c6";
const mint = (name: string, claims: Record<string, unknown> = { uid, sid }, maxAge = 3600, key = secret) =>
  encode({ token: { sub: uid, ...claims }, secret: key, salt: name, maxAge }).then((value) => `${name}=${value}`);

describe("the session cookie as pages read it", () => {
  it("gives the user and session ids of a cookie next-auth minted, on http and (prefixed) on https", async () => {
    expect(await sessionFromCookies(await mint("authjs.session-token"), secret)).toEqual({ userId: uid, sessionId: sid });
    expect(await sessionFromCookies(`theme=dark; ${await mint("__Secure-authjs.session-token")}`, secret)).toEqual({
      userId: uid,
      sessionId: sid,
    });
  });

  it("refuses a tampered, foreign, expired or missing cookie", async () => {
    const good = await mint("authjs.session-token");
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionFromCookies(tampered, secret)).toBeNull();
    expect(
      await sessionFromCookies(await mint("authjs.session-token", { uid, sid }, 3600, "another-secret-of-sufficient-length-000"), secret),
    ).toBeNull();
    expect(await sessionFromCookies(await mint("authjs.session-token", { uid, sid }, -60), secret)).toBeNull();
    // the salt is the cookie's name: a token minted for another cookie does not pass as a session
    expect(await sessionFromCookies(`authjs.session-token=${(await mint("authjs.csrf-token")).split("=")[1]}`, secret)).toBeNull();
    expect(await sessionFromCookies("", secret)).toBeNull();
    expect(await sessionFromCookies(await mint("authjs.session-token", { uid: undefined, sid }), secret)).toBeNull();
  });

  it("treats a cookie issued before sessions could end (no session id) as logged out", async () => {
    expect(await sessionFromCookies(await mint("authjs.session-token", { uid }), secret)).toBeNull();
    expect(await sessionFromCookies(await mint("authjs.session-token", { uid, sid: "not-an-id" }), secret)).toBeNull();
  });
});
