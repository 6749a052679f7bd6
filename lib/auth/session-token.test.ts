import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { userIdFromCookies } from "./session-token";

const secret = "test-secret-of-sufficient-length-0123456789";
const mint = (name: string, claims: Record<string, unknown> = { uid: "user-1" }, maxAge = 3600, key = secret) =>
  encode({ token: { sub: "user-1", ...claims }, secret: key, salt: name, maxAge }).then((value) => `${name}=${value}`);

describe("the session cookie as pages read it", () => {
  it("gives the user id of a cookie next-auth minted, on http and (prefixed) on https", async () => {
    expect(await userIdFromCookies(await mint("authjs.session-token"), secret)).toBe("user-1");
    expect(await userIdFromCookies(`theme=dark; ${await mint("__Secure-authjs.session-token")}`, secret)).toBe("user-1");
  });

  it("refuses a tampered, foreign, expired or missing cookie", async () => {
    const good = await mint("authjs.session-token");
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await userIdFromCookies(tampered, secret)).toBeNull();
    expect(
      await userIdFromCookies(
        await mint("authjs.session-token", { uid: "user-1" }, 3600, "another-secret-of-sufficient-length-000"),
        secret,
      ),
    ).toBeNull();
    expect(await userIdFromCookies(await mint("authjs.session-token", { uid: "user-1" }, -60), secret)).toBeNull();
    // the salt is the cookie's name: a token minted for another cookie does not pass as a session
    expect(await userIdFromCookies(`authjs.session-token=${(await mint("authjs.csrf-token")).split("=")[1]}`, secret)).toBeNull();
    expect(await userIdFromCookies("", secret)).toBeNull();
    expect(await userIdFromCookies(await mint("authjs.session-token", { uid: undefined }), secret)).toBeNull();
  });
});
