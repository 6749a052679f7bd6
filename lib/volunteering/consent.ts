import { signedTokens } from "@/lib/core/signed-token";

/**
 * The guardian's consent link (lib/core/signed-token.ts, under its own purpose: an unsubscribe token
 * is never a consent), naming the application and the guardian's address it was sent to.
 */
const tokens = signedTokens("wspolnie-volunteer-consent-v1");

export function createConsentToken(token: { applicationId: string; guardianEmail: string }, secret: string) {
  return tokens.create({ a: token.applicationId, g: token.guardianEmail }, secret);
}

export function verifyConsentToken(value: string, secret: string): { applicationId: string; guardianEmail: string } | null {
  const parsed = tokens.verify(value, secret);
  if (!parsed || typeof parsed.a !== "string" || typeof parsed.g !== "string") return null;
  return { applicationId: parsed.a, guardianEmail: parsed.g };
}
