import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed tokens for links that act without a session (unsubscribe, a subscriber's preferences, a
 * guardian's consent): `<payload><signature>`, both base64url (no dot: the locale proxy skips paths
 * with a dot), the payload a JSON object, the signature the last 43 characters, an HMAC-SHA256 with
 * the app's secret under the token's own purpose, so a token of one kind is never one of another.
 * Nothing is stored: a tampered payload or signature is refused.
 */
const signatureLength = 43; // base64url of a 32-byte HMAC-SHA256, without padding

export function signedTokens(purpose: string) {
  const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(`${purpose}:${payload}`).digest("base64url");
  return {
    create(payload: Record<string, unknown>, secret: string): string {
      const encoded = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
      return `${encoded}${sign(encoded, secret)}`;
    },
    /** The payload of a genuine token (its fields still to be checked by the caller), else null. */
    verify(value: string, secret: string): Record<string, unknown> | null {
      if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length <= signatureLength) return null;
      const encoded = value.slice(0, -signatureLength);
      const expected = Buffer.from(sign(encoded, secret));
      const given = Buffer.from(value.slice(-signatureLength));
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const parsed: unknown = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
        return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
      } catch {
        return null;
      }
    },
  };
}
