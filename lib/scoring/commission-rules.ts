/**
 * Art. 15 ust. 2b: a person nominated by an organization that bids in the competition cannot sit
 * on its commission; neither can a member of such an organization. Pure.
 */
export type NomineeRefusal = "nominatedByBidder" | "memberOfBidder" | null;

export function nomineeRefusal(input: {
  biddingOrganizationIds: ReadonlySet<string>;
  nominatingOrganizationId?: string | null;
  personOrganizationIds: Iterable<string>;
}): NomineeRefusal {
  if (input.nominatingOrganizationId && input.biddingOrganizationIds.has(input.nominatingOrganizationId)) return "nominatedByBidder";
  for (const id of input.personOrganizationIds) if (input.biddingOrganizationIds.has(id)) return "memberOfBidder";
  return null;
}
