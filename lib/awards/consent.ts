import { signedTokens } from "@/lib/core/signed-token";

/**
 * The nominee's two consents by a signed mail link (lib/core/signed-token.ts, under the awards' own
 * purpose): to the nomination going to the jury ("nomination") and, as a laureate, to the name
 * being published ("publication"). The token names the nomination and the address it was sent to.
 */
const tokens = signedTokens("wspolnie-award-consent-v1");

export type AwardConsentKind = "nomination" | "publication";

export interface AwardConsentClaim {
  nominationId: string;
  email: string;
  kind: AwardConsentKind;
}

export function createAwardConsentToken(claim: AwardConsentClaim, secret: string) {
  return tokens.create({ n: claim.nominationId, e: claim.email, k: claim.kind }, secret);
}

export function verifyAwardConsentToken(value: string, secret: string): AwardConsentClaim | null {
  const parsed = tokens.verify(value, secret);
  if (!parsed || typeof parsed.n !== "string" || typeof parsed.e !== "string") return null;
  if (parsed.k !== "nomination" && parsed.k !== "publication") return null;
  return { nominationId: parsed.n, email: parsed.e, kind: parsed.k };
}
