import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/lib/db/client";
import { listRegister, publicContract, registerOptions, type RegisterFilters } from "./register";

/*
 * Cached public reads of the register (tag "contracts"). Every command that changes what the
 * register shows (signing, amendments, termination; reports and small grants too) calls
 * revalidateContracts(). unstable_cache keeps JSON: no Date objects in these reads.
 */
const TAG = "contracts";

export function cachedRegister(filters: RegisterFilters) {
  const key = [String(filters.year ?? ""), filters.area ?? "", filters.form ?? "", filters.organization ?? "", String(filters.page ?? 1)];
  return unstable_cache(async () => listRegister(await getDb(), filters), ["contracts-register", ...key], {
    tags: [TAG],
    revalidate: 300,
  })();
}

export function cachedPublicContract(id: string) {
  return unstable_cache(async () => publicContract(await getDb(), id), ["contract-public", id], { tags: [TAG], revalidate: 300 })();
}

export const cachedRegisterOptions = unstable_cache(async () => registerOptions(await getDb()), ["contracts-register-options"], {
  tags: [TAG, "reference-data"],
  revalidate: 3600,
});

/** The contracts and grants of one organization (its public profile). */
export function cachedOrganizationContracts(organizationId: string) {
  return unstable_cache(
    async () => (await listRegister(await getDb(), { organization: organizationId, page: 1 })).items,
    ["contracts-of-organization", organizationId],
    { tags: [TAG], revalidate: 300 },
  )();
}

/**
 * The register's filters when each value is one its form offers (an area, an organization with a
 * signed contract) and the page is not past the last, else null (a 404).
 */
export async function knownContractListFilters(filters: RegisterFilters | null): Promise<RegisterFilters | null> {
  if (!filters) return null;
  const options = await cachedRegisterOptions();
  if (filters.area && !options.areas.some((a) => a.slug === filters.area)) return null;
  if (filters.organization && !options.organizations.some((o) => o.id === filters.organization)) return null;
  if (filters.page && filters.page > (await cachedRegister(filters)).pageCount) return null;
  return filters;
}

export function revalidateContracts() {
  revalidateTag(TAG, { expire: 0 });
}

/** After a write from the contract pages: the administrator's and the organization's views, and the public register. */
export function revalidateContractPages() {
  revalidatePath("/[locale]/admin/contracts", "layout");
  revalidatePath("/[locale]/account/contracts", "layout");
  revalidateContracts();
}
