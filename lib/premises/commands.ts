import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { districts } from "@/lib/db/schema/reference";
import { organizations } from "@/lib/db/schema/organizations";
import { premises, premisesApplications, premisesPhotos } from "@/lib/db/schema/premises";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { queueMail } from "@/lib/mail/outbox";
import { parseId } from "@/lib/core/ids";
import { safePhoto, type PhotoFile } from "@/lib/core/photo";
import { premisesDecisionMail } from "./mail";
import { applySchema, decisionSchema, offerSchema, premisesSchema } from "./schemas";

/** Staff add a premises to the offer. */
export async function createPremises(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "premises.manage");
  const parsed = premisesSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [district] = await tx.select({ slug: districts.slug }).from(districts).where(eq(districts.slug, parsed.data.districtSlug));
    if (!district) return { ok: false, fieldErrors: { districtSlug: ["invalid"] } } as const;
    const [row] = await tx.insert(premises).values(parsed.data).returning();
    await recordAudit(tx, { actor: actorOf(principal), action: "premises.create", entityType: "premises", entityId: row.id, after: row });
    return { ok: true, value: { id: row.id } } as const;
  });
}

export interface PhotoUpload {
  premisesId: unknown;
  file: PhotoFile | null;
}

/** The premises' photo, through the same safe path as logos (lib/core/photo.ts). */
export async function uploadPremisesPhoto(
  db: Db,
  principal: Principal | null,
  input: PhotoUpload,
): Promise<CommandResult<{ hash: string }>> {
  authorize(principal, "premises.manage");
  const premisesId = parseId(input.premisesId);
  if (!premisesId) return { ok: false, formError: "notFound" };
  const photo = await safePhoto(input.file);
  if (!photo.ok) return { ok: false, fieldErrors: { photo: [photo.problem] } };
  const { bytes, hash } = photo;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ photoHash: premises.photoHash }).from(premises).where(eq(premises.id, premisesId)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    await tx
      .insert(premisesPhotos)
      .values({ premisesId, contentType: "image/png", bytes, hash })
      .onConflictDoUpdate({ target: premisesPhotos.premisesId, set: { bytes, hash, updatedAt: new Date() } });
    await tx.update(premises).set({ photoHash: hash, updatedAt: new Date() }).where(eq(premises.id, premisesId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "premises.uploadPhoto",
      entityType: "premises",
      entityId: premisesId,
      before,
      after: { photoHash: hash, size: bytes.length },
    });
    return { ok: true, value: { hash } } as const;
  });
}

/**
 * A representative of a verified organization applies for a premises on offer. One open
 * application per organization and premises (a unique index), so a double submit adds nothing.
 */
export async function applyForPremises(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  if (!principal) authorize(principal, "premises.apply");
  const parsed = applySchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const data = parsed.data;
  authorize(principal, "premises.apply", { organizationId: data.organizationId });
  return db.transaction(async (tx) => {
    const [organization] = await tx
      .select({ status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.id, data.organizationId));
    if (!organization) return { ok: false, formError: "notFound" } as const;
    if (organization.status !== "verified") return { ok: false, fieldErrors: { organizationId: ["organizationNotVerified"] } } as const;
    const [place] = await tx.select({ status: premises.status }).from(premises).where(eq(premises.id, data.premisesId));
    if (!place) return { ok: false, formError: "notFound" } as const;
    if (place.status !== "offered") return { ok: false, formError: "premisesNotOffered" } as const;
    const [row] = await tx
      .insert(premisesApplications)
      .values({ ...data, applicantId: principal.userId, createdAt: now })
      .onConflictDoNothing({
        target: [premisesApplications.premisesId, premisesApplications.organizationId],
        where: sql`status = 'submitted'`,
      })
      .returning();
    if (!row) return { ok: false, formError: "alreadyApplied" } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "premises.apply",
      entityType: "premises_application",
      entityId: row.id,
      after: { premisesId: data.premisesId, organizationId: data.organizationId },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/**
 * Staff record the decision: granted (rent per m² and the term) or refused (with the reason). A
 * grant lets the premises (it leaves the offer and enters the public register); the organization's
 * representative who applied is told by mail.
 */
export async function decideApplication(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ decision: "grant" | "refuse" }>> {
  authorize(principal, "premises.manage");
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const d = parsed.data;
  return db.transaction(async (tx) => {
    const [application] = await tx.select().from(premisesApplications).where(eq(premisesApplications.id, d.applicationId)).for("update");
    if (!application) return { ok: false, formError: "notFound" } as const;
    if (application.status !== "submitted") return { ok: false, formError: "alreadyDecided" } as const;
    const [place] = await tx.select().from(premises).where(eq(premises.id, application.premisesId)).for("update");
    if (d.decision === "grant" && place.status !== "offered") return { ok: false, formError: "premisesNotOffered" } as const;
    const change =
      d.decision === "grant"
        ? { status: "granted" as const, rentPerM2: d.rentPerM2, termStart: d.termStart, termEnd: d.termEnd }
        : { status: "refused" as const, refusalReason: d.reason };
    await tx
      .update(premisesApplications)
      .set({ ...change, decidedAt: now, decidedBy: principal.userId })
      .where(and(eq(premisesApplications.id, application.id), eq(premisesApplications.status, "submitted")));
    if (d.decision === "grant") await tx.update(premises).set({ status: "let", updatedAt: now }).where(eq(premises.id, place.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: d.decision === "grant" ? "premises.grant" : "premises.refuse",
      entityType: "premises_application",
      entityId: application.id,
      before: { status: application.status },
      after: change,
    });
    const [organization] = await tx
      .select({ name: organizations.name, email: organizations.email })
      .from(organizations)
      .where(eq(organizations.id, application.organizationId));
    const [applicant] = application.applicantId
      ? await tx
          .select({ email: users.email, name: users.name, locale: users.locale })
          .from(users)
          .where(eq(users.id, application.applicantId))
      : [];
    const to = applicant?.email ?? organization.email;
    if (to) {
      await queueMail(
        tx,
        premisesDecisionMail({
          to,
          locale: applicant?.locale ?? null,
          organization: organization.name,
          address: place.address,
          area: place.areaM2,
          applicationId: application.id,
          ...change,
        }),
      );
    }
    return { ok: true, value: { decision: d.decision } } as const;
  });
}

/**
 * Staff take premises off the offer or offer them again. Premises already let stay let; premises
 * with applications waiting are decided first (each organization hears the outcome).
 */
export async function setPremisesOffered(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ status: "offered" | "withdrawn" }>> {
  authorize(principal, "premises.manage");
  const parsed = offerSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { premisesId, offered } = parsed.data;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ status: premises.status }).from(premises).where(eq(premises.id, premisesId)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (before.status === "let") return { ok: false, formError: "premisesLet" } as const;
    if (!offered) {
      const [waiting] = await tx
        .select({ id: premisesApplications.id })
        .from(premisesApplications)
        .where(and(eq(premisesApplications.premisesId, premisesId), eq(premisesApplications.status, "submitted")))
        .limit(1);
      if (waiting) return { ok: false, formError: "premisesHasApplications" } as const;
    }
    const status = offered ? ("offered" as const) : ("withdrawn" as const);
    await tx.update(premises).set({ status, updatedAt: now }).where(eq(premises.id, premisesId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "premises.setOffered",
      entityType: "premises",
      entityId: premisesId,
      before,
      after: { status },
    });
    return { ok: true, value: { status } } as const;
  });
}
