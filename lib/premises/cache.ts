import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { listOfferedPremises, premisesOfOrganization, premisesRegister } from "./queries";

/* Public reads (no personal data): tag "premises" for the offer and the register. */
const TAG = "premises";

export const cachedOfferedPremises = unstable_cache(async () => listOfferedPremises(await getDb()), ["premises-offered"], {
  tags: [TAG],
  revalidate: 600,
});

export function cachedRegister(page: number) {
  return unstable_cache(async () => premisesRegister(await getDb(), page), ["premises-register", String(page)], {
    tags: [TAG],
    revalidate: 600,
  })();
}

export function revalidatePremises() {
  revalidateTag(TAG, { expire: 0 });
}

/** The premises an organization uses, for its public profile. */
export function cachedPremisesOfOrganization(organizationId: string) {
  return unstable_cache(async () => premisesOfOrganization(await getDb(), organizationId), ["premises-of-organization", organizationId], {
    tags: [TAG],
    revalidate: 600,
  })();
}
