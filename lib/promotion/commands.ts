import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { organizations } from "@/lib/db/schema/organizations";
import { promotionApplications, promotionSlots } from "@/lib/db/schema/patronages";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { mailRepresentatives } from "@/lib/organizations/representatives";
import { promotionMail } from "./mail";
import { allocateSchema, promotionApplySchema, slotSchema } from "./schemas";

/** Staff publish a slot ("Jasna Strona Miasta" edition or a banner period). */
export async function createPromotionSlot(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "promotion.manage");
  const parsed = slotSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(promotionSlots).values(parsed.data).returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "promotion.createSlot",
      entityType: "promotion_slot",
      entityId: row.id,
      after: row,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** A representative applies for an open slot for their organization, once per organization and slot. */
export async function applyForPromotion(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  if (!principal) authorize(principal, "promotion.apply");
  const parsed = promotionApplySchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const d = parsed.data;
  authorize(principal, "promotion.apply", { organizationId: d.organizationId });
  return db.transaction(async (tx) => {
    const [slot] = await tx.select({ status: promotionSlots.status }).from(promotionSlots).where(eq(promotionSlots.id, d.slotId));
    if (!slot) return { ok: false, formError: "notFound" } as const;
    if (slot.status !== "open") return { ok: false, formError: "slotNotOpen" } as const;
    const [row] = await tx
      .insert(promotionApplications)
      .values({ ...d, applicantId: principal.userId })
      .onConflictDoNothing({ target: [promotionApplications.slotId, promotionApplications.organizationId] })
      .returning();
    if (!row) return { ok: false, formError: "alreadyAppliedSlot" } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "promotion.apply",
      entityType: "promotion_application",
      entityId: row.id,
      after: { slotId: d.slotId, organizationId: d.organizationId },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Staff allocate a slot to one applying organization; the others are told it went to someone else. */
export async function allocatePromotionSlot(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "promotion.manage");
  const parsed = allocateSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { slotId, applicationId } = parsed.data;
  return db.transaction(async (tx) => {
    const [slot] = await tx.select().from(promotionSlots).where(eq(promotionSlots.id, slotId)).for("update");
    if (!slot) return { ok: false, formError: "notFound" } as const;
    if (slot.status !== "open") return { ok: false, formError: "slotNotOpen" } as const;
    const [chosen] = await tx
      .select()
      .from(promotionApplications)
      .where(and(eq(promotionApplications.id, applicationId), eq(promotionApplications.slotId, slotId)));
    if (!chosen) return { ok: false, fieldErrors: { applicationId: ["applicationRequired"] } } as const;
    await tx.update(promotionSlots).set({ status: "allocated" }).where(eq(promotionSlots.id, slotId));
    await tx.update(promotionApplications).set({ status: "allocated", decidedAt: now }).where(eq(promotionApplications.id, applicationId));
    const others = await tx
      .update(promotionApplications)
      .set({ status: "not_allocated", decidedAt: now })
      .where(and(eq(promotionApplications.slotId, slotId), ne(promotionApplications.id, applicationId)))
      .returning({ organizationId: promotionApplications.organizationId });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "promotion.allocate",
      entityType: "promotion_slot",
      entityId: slotId,
      before: { status: slot.status },
      after: { status: "allocated", applicationId, organizationId: chosen.organizationId },
    });
    const names = new Map(
      (
        await tx
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(inArray(organizations.id, [chosen.organizationId, ...others.map((o) => o.organizationId)]))
      ).map((o) => [o.id, o.name] as const),
    );
    await mailRepresentatives(
      tx,
      chosen.organizationId,
      "promotion_allocated",
      promotionMail("allocated", { organization: names.get(chosen.organizationId) ?? "", slot }),
    );
    for (const other of others)
      await mailRepresentatives(
        tx,
        other.organizationId,
        "promotion_not_allocated",
        promotionMail("notAllocated", { organization: names.get(other.organizationId) ?? "", slot }),
      );
    return { ok: true, value: { id: slotId } } as const;
  });
}
