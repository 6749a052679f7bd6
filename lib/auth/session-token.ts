import { getToken } from "next-auth/jwt";

const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/**
 * The user id in a request's session cookie, verified and decrypted by next-auth's own `getToken`
 * (the same key derivation, integrity and expiry checks as `auth()`). Pages read the session this
 * way because `auth()` also runs the whole session endpoint and encrypts a refreshed cookie, which
 * a page cannot send anyway: half the cost of a trivial logged-in page. Only the Cookie header is
 * read, as `auth()` does (no bearer tokens). The cookie is `__Secure-` prefixed over https.
 */
export async function userIdFromCookies(cookieHeader: string, secret: string): Promise<string | null> {
  const token = await getToken({
    req: { headers: new Headers({ cookie: cookieHeader }) },
    secret,
    secureCookie: cookieHeader.includes(`${SECURE_SESSION_COOKIE}=`) || cookieHeader.includes(`${SECURE_SESSION_COOKIE}.0=`),
  });
  return typeof token?.uid === "string" ? token.uid : null;
}
