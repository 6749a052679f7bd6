import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The guardian's consent link: `<payload><signature>` in base64url (as lib/notifications/tokens.ts),
 * the payload naming the application and the guardian's address it was sent to, the signature an
 * HMAC-SHA256 with the app's secret under its own purpose (an unsubscribe token is never a consent).
 */
const purpose = "wspolnie-volunteer-consent-v1";
const signatureLength = 43;

function sign(payload: string, secret: string) {
  return createHmac("sha256", secret).update(`${purpose}:${payload}`).digest("base64url");
}

export function createConsentToken(token: { applicationId: string; guardianEmail: string }, secret: string) {
  const payload = Buffer.from(JSON.stringify({ a: token.applicationId, g: token.guardianEmail }), "utf8").toString("base64url");
  return `${payload}${sign(payload, secret)}`;
}

export function verifyConsentToken(value: string, secret: string): { applicationId: string; guardianEmail: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length <= signatureLength) return null;
  const payload = value.slice(0, -signatureLength);
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(value.slice(-signatureLength));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { a?: unknown; g?: unknown };
    if (typeof parsed.a !== "string" || typeof parsed.g !== "string") return null;
    return { applicationId: parsed.a, guardianEmail: parsed.g };
  } catch {
    return null;
  }
}
