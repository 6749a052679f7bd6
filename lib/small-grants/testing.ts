/** Test helpers of the small-grants module (rows straight into a test database). */
import type { Db } from "@/lib/db/open";
import type { Principal } from "@/lib/auth/permissions";
import { organizations, publicTaskAreas } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { addOrganizationMember, createOrganization, createUser } from "@/tests/factories";

export function principalOf(user: { id: string; email: string }, orgs: [string, "owner" | "editor"][] = [], isAdmin = false): Principal {
  return {
    userId: user.id,
    email: user.email,
    name: "Test",
    isAdmin,
    isCentreStaff: false,
    organizations: new Map(orgs),
    commissions: new Set(),
  };
}

/** A representative (owner) of a new organization, verified unless told otherwise. */
export async function representative(db: Db, name: string, verified = true) {
  const user = await createUser(db);
  const organizationId = await createOrganization(db, name);
  if (verified) await db.update(organizations).set({ verificationStatus: "verified" }).where(eq(organizations.id, organizationId));
  await addOrganizationMember(db, organizationId, user.id, "owner");
  return { user, organizationId, principal: principalOf(user, [[organizationId, "owner"]]) };
}

export async function ensureArea(db: Db) {
  await db
    .insert(publicTaskAreas)
    .values({ slug: "culture", point: "16", sortOrder: 16, namePl: "Kultura", nameEn: "Culture" })
    .onConflictDoNothing();
}

/** A complete form of a simplified offer; override any field. */
export function offerForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: "Sąsiedzki piknik na Bojarach",
    areaSlug: "culture",
    character: "local",
    description: "Piknik rodzinny z warsztatami.",
    startDate: "2026-12-10",
    endDate: "2026-12-20",
    expectedResults: "150 uczestników",
    "lines.0.name": "Warsztaty",
    "lines.0.grant": "8000",
    "lines.0.own": "500",
    ...overrides,
  };
}
