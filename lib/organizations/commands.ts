/**
 * Writes of an organization's profile: registration by a logged-in person (who becomes its owner)
 * and edits by its members or an administrator. The caller (a server action) revalidates the
 * public directory with `revalidateOrganization(id)` after a successful write.
 */
import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import { districts, organizationMembers, organizations, organizationTaskAreas, publicTaskAreas } from "@/lib/db/schema";
import { refusalOf, type CommandResult, type FieldErrors } from "@/lib/forms/result";
import { editProfileSchema, registrationSchema, type OrganizationProfile } from "./schemas";
import { parseId } from "@/lib/core/ids";

export type RegisterResult = CommandResult<{ id: string }> | { ok: false; formError: "duplicate"; existingOrganizationId: string };

/** The organization that already has this KRS (and branch) or NIP (other than `exceptId`), if any. */
export async function findDuplicate(tx: Tx | Db, profile: Pick<OrganizationProfile, "krs" | "nip" | "branchName">, exceptId?: string) {
  const matches: SQL[] = [];
  if (profile.krs)
    matches.push(and(eq(organizations.krs, profile.krs), sql`coalesce(${organizations.branchName}, '') = ${profile.branchName ?? ""}`)!);
  if (profile.nip) matches.push(eq(organizations.nip, profile.nip));
  if (matches.length === 0) return null;
  const [row] = await tx
    .select({ id: organizations.id, name: organizations.name, krs: organizations.krs })
    .from(organizations)
    .where(and(or(...matches), exceptId ? ne(organizations.id, exceptId) : undefined))
    .limit(1);
  return row ?? null;
}

/** Unknown area or district slugs are field errors, not foreign-key failures. */
export async function referenceErrors(tx: Tx | Db, profile: Pick<OrganizationProfile, "areas" | "districtSlug">) {
  const errors: FieldErrors = {};
  if (profile.districtSlug) {
    const [district] = await tx.select({ slug: districts.slug }).from(districts).where(eq(districts.slug, profile.districtSlug));
    if (!district) errors.districtSlug = ["district"];
  }
  if (profile.areas.length > 0) {
    const known = await tx.select({ slug: publicTaskAreas.slug }).from(publicTaskAreas);
    const slugs = new Set(known.map((a) => a.slug));
    if (profile.areas.some((a) => !slugs.has(a))) errors.areas = ["area"];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** The columns of `organizations` a profile writes (everything but status and timestamps). */
export function profileColumns(p: OrganizationProfile) {
  return {
    name: p.name,
    shortName: p.shortName ?? null,
    legalForm: p.legalForm,
    publicBenefitStatus: p.publicBenefitStatus,
    krs: p.krs ?? null,
    branchName: p.branchName ?? null,
    otherRegisterName: p.otherRegisterName ?? null,
    otherRegisterNumber: p.otherRegisterNumber ?? null,
    nip: p.nip ?? null,
    regon: p.regon ?? null,
    street: p.street ?? null,
    postalCode: p.postalCode ?? null,
    city: p.city,
    districtSlug: p.districtSlug ?? null,
    mission: p.mission ?? null,
    description: p.description ?? null,
    yearFounded: p.yearFounded ?? null,
    email: p.email ?? null,
    phone: p.phone ?? null,
    website: p.website ?? null,
    socialLinks: p.socialLinks,
    takesVolunteers: p.takesVolunteers,
    hiddenFields: [...new Set(p.hiddenFields)],
  };
}

export async function replaceAreas(tx: Tx, organizationId: string, areas: readonly string[]) {
  await tx.delete(organizationTaskAreas).where(eq(organizationTaskAreas.organizationId, organizationId));
  const unique = [...new Set(areas)];
  if (unique.length > 0) await tx.insert(organizationTaskAreas).values(unique.map((areaSlug) => ({ organizationId, areaSlug })));
}

/**
 * A logged-in person registers an organization; it waits for an administrator's verification.
 * A KRS or NIP already in the directory is not registered twice: the person is sent to ask to join.
 */
export async function registerOrganization(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<RegisterResult> {
  authorize(principal, "organization.register");
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const profile = parsed.data;
  return db.transaction(async (tx): Promise<RegisterResult> => {
    const duplicate = await findDuplicate(tx, profile);
    if (duplicate) return { ok: false, formError: "duplicate", existingOrganizationId: duplicate.id };
    const invalid = await referenceErrors(tx, profile);
    if (invalid) return { ok: false, fieldErrors: invalid };
    const [created] = await tx
      .insert(organizations)
      .values({ ...profileColumns(profile), verificationStatus: "pending" })
      .onConflictDoNothing()
      .returning({ id: organizations.id });
    // a concurrent registration with the same KRS/NIP won the unique index
    if (!created) return { ok: false, formError: "duplicateRace" };
    await replaceAreas(tx, created.id, profile.areas);
    await tx.insert(organizationMembers).values({ organizationId: created.id, userId: principal.userId, role: "owner" });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "organization.register",
      entityType: "organization",
      entityId: created.id,
      after: { ...profileColumns(profile), areas: profile.areas },
    });
    return { ok: true, value: { id: created.id } };
  });
}

/** Everything the edit form shows, hidden fields included: for members and administrators only. */
export async function organizationForEdit(db: Db, principal: Principal | null, organizationId: string) {
  authorize(principal, "organization.edit", { organizationId });
  const [row] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!row) return null;
  const areas = await db
    .select({ slug: organizationTaskAreas.areaSlug })
    .from(organizationTaskAreas)
    .where(eq(organizationTaskAreas.organizationId, organizationId));
  return { ...row, areas: areas.map((a) => a.slug) };
}

/** Members (any role) and administrators edit the profile; the verification status is kept. */
export async function updateOrganizationProfile(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  const organizationId = parseId(input.organizationId);
  if (!organizationId) return { ok: false, formError: "notFound" };
  // authorize before validating: a foreign id is refused, not answered with field errors
  authorize(principal, "organization.edit", { organizationId });
  const parsed = editProfileSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const profile = parsed.data;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    const duplicate = await findDuplicate(tx, profile, organizationId);
    if (duplicate)
      return { ok: false, fieldErrors: { [duplicate.krs && duplicate.krs === profile.krs ? "krs" : "nip"]: ["identifierTaken"] } } as const;
    const invalid = await referenceErrors(tx, profile);
    if (invalid) return { ok: false, fieldErrors: invalid } as const;
    const columns = profileColumns(profile);
    await tx
      .update(organizations)
      .set({ ...columns, updatedAt: sql`now()` })
      .where(eq(organizations.id, organizationId));
    await replaceAreas(tx, organizationId, profile.areas);
    const beforeColumns: Record<string, unknown> = { ...before };
    // generated search columns are PostgreSQL's, not part of the profile
    delete beforeColumns.searchText;
    delete beforeColumns.searchName;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "organization.edit",
      entityType: "organization",
      entityId: organizationId,
      before: beforeColumns,
      after: { ...columns, areas: profile.areas },
    });
    return { ok: true, value: { id: organizationId } } as const;
  });
}
