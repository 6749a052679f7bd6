import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { boardOptions, getPublicOffer, offersOfOrganization, volunteeringStatistics } from "./queries";

/*
 * Public reads of volunteering (no personal data but the offer's contact person, which the
 * organization publishes): tag "volunteering", revalidated by every command that changes an offer,
 * a decision or hours. The board itself is read per request (its filters are many).
 */
const TAG = "volunteering";

export function cachedBoardOptions() {
  return unstable_cache(async () => boardOptions(await getDb()), ["volunteering-options"], { tags: [TAG], revalidate: 3600 })();
}

export function cachedPublicOffer(id: string) {
  return unstable_cache(async () => getPublicOffer(await getDb(), id), ["volunteering-offer", id], { tags: [TAG] })();
}

export function cachedOffersOfOrganization(organizationId: string) {
  return unstable_cache(async () => offersOfOrganization(await getDb(), organizationId), ["volunteering-org", organizationId], {
    tags: [TAG],
  })();
}

export function cachedVolunteeringStatistics() {
  return unstable_cache(async () => volunteeringStatistics(await getDb()), ["volunteering-statistics"], {
    tags: [TAG],
    revalidate: 3600,
  })();
}

export function revalidateVolunteering() {
  revalidateTag(TAG, { expire: 0 });
}
