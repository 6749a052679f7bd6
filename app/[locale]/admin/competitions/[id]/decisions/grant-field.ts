/** The name of the grant amount field of one offer on the decisions page (several forms on one page). */
export const grantField = (offerId: string) => `amount-${offerId}`;
