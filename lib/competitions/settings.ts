/**
 * Numbers the law or practice may change: one place, defaults from art. 13 ust. 1. An administrator
 * may override them through the environment until a settings screen exists.
 */

/** The statutory minimum of art. 13 ust. 1: a setting may lengthen it, never shorten it. */
export const STATUTORY_MINIMUM_OFFER_DAYS = 21;

/** The configured minimum, at least the statutory 21 days (an unreadable value falls back to 21). */
export function minimumOfferDaysSetting(raw: string | undefined): number {
  const days = Number(raw ?? STATUTORY_MINIMUM_OFFER_DAYS);
  return Number.isInteger(days) ? Math.max(STATUTORY_MINIMUM_OFFER_DAYS, days) : STATUTORY_MINIMUM_OFFER_DAYS;
}

export const competitionSettings = {
  /** Offer deadline at least this many days after publication (art. 13 ust. 1). */
  minimumOfferDays: minimumOfferDaysSetting(process.env.COMPETITION_MINIMUM_OFFER_DAYS),
};
