import "server-only";
import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { organizations } from "@/lib/db/schema/organizations";
import type { Principal } from "@/lib/auth/permissions";

/** The organizations the principal represents, as options of a form (booking on behalf of one). */
export async function myOrganizationOptions(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return db
    .select({ value: organizations.id, label: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name));
}
