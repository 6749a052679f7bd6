import { signedTokens } from "@/lib/core/signed-token";

/**
 * The subscriber's token (lib/core/signed-token.ts, under this module's own purpose: an unsubscribe
 * token of the notifications is no subscriber token).
 * The payload names the subscriber and the address it was issued for: the confirmation link
 * (double opt-in), the preferences page and the one-click unsubscribe all carry it. Nothing is
 * stored; a tampered payload or signature, or an address that changed, is refused.
 */
export interface SubscriberToken {
  subscriberId: string;
  email: string;
}

const tokens = signedTokens("wspolnie-news-subscriber-v1");

export function createSubscriberToken(token: SubscriberToken, secret: string): string {
  return tokens.create({ s: token.subscriberId, e: token.email }, secret);
}

export function verifySubscriberToken(value: string, secret: string): SubscriberToken | null {
  const parsed = tokens.verify(value, secret);
  if (!parsed || typeof parsed.s !== "string" || typeof parsed.e !== "string") return null;
  return { subscriberId: parsed.s, email: parsed.e };
}
