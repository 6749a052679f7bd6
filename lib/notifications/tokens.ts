import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * One-click unsubscribe tokens: `<payload><signature>`, both base64url (no dot: the locale proxy
 * skips paths with a dot), the signature the last 43 characters; the payload names the
 * person and what they stop receiving, the signature is an HMAC-SHA256 with the app's secret.
 * Nothing is stored: a tampered payload or signature is refused.
 */
export type UnsubscribeScope =
  | { kind: "consultation"; consultationId: string }
  | { kind: "area"; areaSlug: string }
  | { kind: "digest" }
  | { kind: "reminders" }
  | { kind: "all" };

export interface UnsubscribeToken {
  userId: string;
  scope: UnsubscribeScope;
}

const purpose = "wspolnie-unsubscribe-v1";
/** base64url of a 32-byte HMAC-SHA256, without padding */
const signatureLength = 43;

function sign(payload: string, secret: string) {
  return createHmac("sha256", secret).update(`${purpose}:${payload}`).digest("base64url");
}

export function createUnsubscribeToken(token: UnsubscribeToken, secret: string) {
  const compact = { u: token.userId, s: token.scope };
  const payload = Buffer.from(JSON.stringify(compact), "utf8").toString("base64url");
  return `${payload}${sign(payload, secret)}`;
}

export function verifyUnsubscribeToken(value: string, secret: string): UnsubscribeToken | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length <= signatureLength) return null;
  const payload = value.slice(0, -signatureLength);
  const signature = value.slice(-signatureLength);
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      u?: unknown;
      s?: { kind?: unknown } & Record<string, unknown>;
    };
    if (typeof parsed.u !== "string" || !parsed.s || typeof parsed.s.kind !== "string") return null;
    const s = parsed.s;
    if (s.kind === "consultation" && typeof s.consultationId === "string")
      return { userId: parsed.u, scope: { kind: "consultation", consultationId: s.consultationId } };
    if (s.kind === "area" && typeof s.areaSlug === "string") return { userId: parsed.u, scope: { kind: "area", areaSlug: s.areaSlug } };
    if (s.kind === "digest" || s.kind === "reminders" || s.kind === "all") return { userId: parsed.u, scope: { kind: s.kind } };
    return null;
  } catch {
    return null;
  }
}

/** The secret: AUTH_SECRET (the same every instance has), resolved lazily on the server. */
export async function unsubscribeSecret() {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const { resolveAuthSecret } = await import("@/lib/auth/secret");
  return resolveAuthSecret();
}
