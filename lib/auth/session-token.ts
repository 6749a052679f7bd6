import { getToken } from "next-auth/jwt";
import { isId } from "@/lib/core/ids";

const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

export interface SessionClaims {
  userId: string;
  /** the row in `sessions` (lib/auth/sessions.ts) that must still be open */
  sessionId: string;
}

/**
 * The user and session ids in a request's session cookie, verified and decrypted by next-auth's own
 * `getToken` (the same key derivation, integrity and expiry checks as `auth()`). Pages read the
 * session this way because `auth()` also runs the whole session endpoint and encrypts a refreshed
 * cookie, which a page cannot send anyway: half the cost of a trivial logged-in page. Only the
 * Cookie header is read, as `auth()` does (no bearer tokens). The cookie is `__Secure-` prefixed
 * over https. A cookie without a session id (issued before sessions could end) counts as none.
 */
export async function sessionFromCookies(cookieHeader: string, secret: string): Promise<SessionClaims | null> {
  const token = await getToken({
    req: { headers: new Headers({ cookie: cookieHeader }) },
    secret,
    secureCookie: cookieHeader.includes(`${SECURE_SESSION_COOKIE}=`) || cookieHeader.includes(`${SECURE_SESSION_COOKIE}.0=`),
  });
  if (!isId(token?.uid) || !isId(token.sid)) return null;
  return { userId: token.uid, sessionId: token.sid };
}
