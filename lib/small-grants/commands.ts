import "server-only";
import { eq } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { organizations, publicTaskAreas, smallGrants } from "@/lib/db/schema";
import type { CommandResult, FieldErrors } from "@/lib/forms/result";
import { addWorkingDays, warsawDate } from "./calendar";
import { limitIssues } from "./limits";
import { draftOf, parseDraft, sumsOf } from "./schemas";
import { smallGrantSettings } from "./settings";
import { limitSetInForce, lockGrant, lockYear, plannedPool, yearSums } from "./store";
import { isId } from "@/lib/core/ids";

type Result<T> = CommandResult<T>;

async function organizationOf(db: Db, id: string) {
  const [grant] = await db.select({ organizationId: smallGrants.organizationId }).from(smallGrants).where(eq(smallGrants.id, id));
  return grant?.organizationId ?? null;
}

const idOf = (input: Record<string, unknown>) => (typeof input.smallGrantId === "string" ? input.smallGrantId : "");

/** A new draft for a verified organization the principal represents. */
export async function createSmallGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<Result<{ id: string }>> {
  authorize(principal, "smallGrant.listMine");
  const organizationId = typeof input.organizationId === "string" ? input.organizationId : "";
  if (!isId(organizationId)) return { ok: false, fieldErrors: { organizationId: ["required"] } };
  authorize(principal, "smallGrant.edit", { organizationId });
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    if (!org) return { ok: false, formError: "notFound" } as const;
    if (org.status !== "verified") return { ok: false, formError: "organizationNotVerified" } as const;
    const [row] = await tx.insert(smallGrants).values({ organizationId, createdBy: principal.userId }).returning({ id: smallGrants.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.create",
      entityType: "small_grant",
      entityId: row.id,
      after: { organizationId },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Autosave: the typed form, as it is, while a draft. */
export async function saveSmallGrantDraft(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ savedAt: Date }>> {
  authorize(principal, "smallGrant.listMine");
  const id = idOf(input);
  const organizationId = isId(id) ? await organizationOf(db, id) : null;
  if (!organizationId) return { ok: false, formError: "notFound" };
  authorize(principal, "smallGrant.edit", { organizationId });
  const draft = draftOf(input);
  return db.transaction(async (tx) => {
    const grant = await lockGrant(tx, id);
    if (grant?.status !== "draft") return { ok: false, formError: "notDraft" } as const;
    await tx
      .update(smallGrants)
      .set({ draft, title: (draft.title ?? "").trim().slice(0, 300), updatedAt: now })
      .where(eq(smallGrants.id, id));
    return { ok: true, value: { savedAt: now } } as const;
  });
}

/**
 * Submission: the draft is saved as typed, then checked — complete, and within every limit in force
 * on the submission date (Warsaw). The year's submissions are serialized, so two offers cannot both
 * slip under a cap. A refusal keeps the draft and explains each limit at its field.
 */
export async function submitSmallGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string }>> {
  authorize(principal, "smallGrant.listMine");
  const id = idOf(input);
  const organizationId = isId(id) ? await organizationOf(db, id) : null;
  if (!organizationId) return { ok: false, formError: "notFound" };
  authorize(principal, "smallGrant.edit", { organizationId });
  const draft = draftOf(input);
  return db.transaction(async (tx): Promise<Result<{ id: string }>> => {
    const grant = await lockGrant(tx, id);
    if (grant?.status !== "draft") return { ok: false, formError: "notDraft" };
    const [org] = await tx
      .select({ status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    if (org?.status !== "verified") return { ok: false, formError: "organizationNotVerified" };
    await tx
      .update(smallGrants)
      .set({ draft, title: (draft.title ?? "").trim().slice(0, 300), updatedAt: now })
      .where(eq(smallGrants.id, id));
    const parsed = parseDraft(draft);
    if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
    const offer = parsed.data;
    const [area] = await tx.select({ slug: publicTaskAreas.slug }).from(publicTaskAreas).where(eq(publicTaskAreas.slug, offer.areaSlug));
    if (!area) return { ok: false, fieldErrors: { areaSlug: ["required"] } };
    const today = warsawDate(now);
    if (offer.startDate <= today) return { ok: false, fieldErrors: { startDate: ["startNotInFuture"] } };
    const year = Number(offer.startDate.slice(0, 4));
    const { grantGrosze, ownGrosze } = sumsOf(offer.lines);
    await lockYear(tx, year);
    const set = await limitSetInForce(tx, today);
    if (!set) return { ok: false, formError: "noLimitSet" };
    const sums = await yearSums(tx, year, organizationId, id);
    const issues = limitIssues(set, {
      grantGrosze,
      startDate: offer.startDate,
      endDate: offer.endDate,
      ...sums,
      plannedPoolGrosze: await plannedPool(tx, year),
    });
    if (issues.length) {
      const fieldErrors: FieldErrors = {};
      for (const issue of issues) (fieldErrors[issue.field] ??= []).push(issue.key);
      return { ok: false, formError: "limitsExceeded", fieldErrors };
    }
    const values = {
      status: "submitted" as const,
      title: offer.title,
      areaSlug: offer.areaSlug,
      character: offer.character,
      description: offer.description,
      expectedResults: offer.expectedResults,
      startDate: offer.startDate,
      endDate: offer.endDate,
      year,
      costLines: offer.lines.map((l) => ({ name: l.name, grantGrosze: l.grant, ownGrosze: l.own })),
      grantGrosze,
      ownGrosze,
      limitSetId: set.id,
      submittedAt: now,
      submittedBy: principal.userId,
      publishBy: addWorkingDays(today, smallGrantSettings.publishWithinWorkingDays),
      updatedAt: now,
    };
    await tx.update(smallGrants).set(values).where(eq(smallGrants.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.submit",
      entityType: "small_grant",
      entityId: id,
      before: { status: "draft" },
      after: { ...values, limitSet: set },
    });
    return { ok: true, value: { id } };
  });
}

/** The organization withdraws its offer before the city's decision. */
export async function withdrawSmallGrant(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: string }>> {
  authorize(principal, "smallGrant.listMine");
  const id = idOf(input);
  const organizationId = isId(id) ? await organizationOf(db, id) : null;
  if (!organizationId) return { ok: false, formError: "notFound" };
  authorize(principal, "smallGrant.edit", { organizationId });
  return db.transaction(async (tx) => {
    const grant = await lockGrant(tx, id);
    if (!grant || !["draft", "submitted", "published"].includes(grant.status)) return { ok: false, formError: "alreadyDecided" } as const;
    await tx.update(smallGrants).set({ status: "withdrawn", updatedAt: now }).where(eq(smallGrants.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "smallGrant.withdraw",
      entityType: "small_grant",
      entityId: id,
      before: { status: grant.status },
      after: { status: "withdrawn" },
    });
    return { ok: true, value: { id } } as const;
  });
}
