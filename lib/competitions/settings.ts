/**
 * Numbers the law or practice may change: one place, defaults from art. 13 ust. 1. An administrator
 * may override them through the environment until a settings screen exists.
 */
export const competitionSettings = {
  /** Offer deadline at least this many days after publication (art. 13 ust. 1). */
  minimumOfferDays: Number(process.env.COMPETITION_MINIMUM_OFFER_DAYS ?? 21),
};
