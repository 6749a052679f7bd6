import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The subscriber's token (the approach of lib/notifications/tokens.ts): `<payload><signature>`,
 * both base64url, the signature the last 43 characters, an HMAC-SHA256 with the app's secret under
 * this module's own purpose (an unsubscribe token of the notifications is no subscriber token).
 * The payload names the subscriber and the address it was issued for: the confirmation link
 * (double opt-in), the preferences page and the one-click unsubscribe all carry it. Nothing is
 * stored; a tampered payload or signature, or an address that changed, is refused.
 */
export interface SubscriberToken {
  subscriberId: string;
  email: string;
}

const purpose = "wspolnie-news-subscriber-v1";
const signatureLength = 43;

function sign(payload: string, secret: string) {
  return createHmac("sha256", secret).update(`${purpose}:${payload}`).digest("base64url");
}

export function createSubscriberToken(token: SubscriberToken, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ s: token.subscriberId, e: token.email }), "utf8").toString("base64url");
  return `${payload}${sign(payload, secret)}`;
}

export function verifySubscriberToken(value: string, secret: string): SubscriberToken | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length <= signatureLength) return null;
  const payload = value.slice(0, -signatureLength);
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(value.slice(-signatureLength));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { s?: unknown; e?: unknown };
    if (typeof parsed.s !== "string" || typeof parsed.e !== "string") return null;
    return { subscriberId: parsed.s, email: parsed.e };
  } catch {
    return null;
  }
}
