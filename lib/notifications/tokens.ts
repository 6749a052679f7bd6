import { signedTokens } from "@/lib/core/signed-token";

/**
 * One-click unsubscribe tokens (lib/core/signed-token.ts): the payload names the person and what
 * they stop receiving. Nothing is stored: a tampered payload or signature is refused.
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

const tokens = signedTokens("wspolnie-unsubscribe-v1");

export function createUnsubscribeToken(token: UnsubscribeToken, secret: string) {
  return tokens.create({ u: token.userId, s: token.scope }, secret);
}

export function verifyUnsubscribeToken(value: string, secret: string): UnsubscribeToken | null {
  const parsed = tokens.verify(value, secret);
  if (!parsed || typeof parsed.u !== "string" || !parsed.s || typeof parsed.s !== "object") return null;
  const s = parsed.s as { kind?: unknown } & Record<string, unknown>;
  if (s.kind === "consultation" && typeof s.consultationId === "string")
    return { userId: parsed.u, scope: { kind: "consultation", consultationId: s.consultationId } };
  if (s.kind === "area" && typeof s.areaSlug === "string") return { userId: parsed.u, scope: { kind: "area", areaSlug: s.areaSlug } };
  if (s.kind === "digest" || s.kind === "reminders" || s.kind === "all") return { userId: parsed.u, scope: { kind: s.kind } };
  return null;
}

/** The secret: AUTH_SECRET (the same every instance has), resolved lazily on the server. */
export async function unsubscribeSecret() {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const { resolveAuthSecret } = await import("@/lib/auth/secret");
  return resolveAuthSecret();
}
