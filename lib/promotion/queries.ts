import "server-only";
import { and, asc, desc, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { organizations } from "@/lib/db/schema/organizations";
import { promotionApplications, promotionSlots } from "@/lib/db/schema/patronages";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { warsawToday } from "@/lib/dates/warsaw";

/** Slots still taking applications (not allocated, not over), the nearest first. */
export function openPromotionSlots(db: Db, now = new Date()) {
  return db
    .select()
    .from(promotionSlots)
    .where(and(eq(promotionSlots.status, "open"), gte(promotionSlots.endsOn, warsawToday(now))))
    .orderBy(asc(promotionSlots.startsOn));
}

/** Every slot (staff), the latest first. */
export async function allPromotionSlots(db: Db, principal: Principal | null) {
  authorize(principal, "promotion.manage");
  return db.select().from(promotionSlots).orderBy(desc(promotionSlots.startsOn)).limit(200);
}

/** One slot with its applications (staff). */
export async function promotionSlotWithApplications(db: Db, principal: Principal | null, id: string) {
  authorize(principal, "promotion.manage");
  const [slot] = await db.select().from(promotionSlots).where(eq(promotionSlots.id, id));
  if (!slot) return null;
  const applications = await db
    .select({
      id: promotionApplications.id,
      description: promotionApplications.description,
      status: promotionApplications.status,
      createdAt: promotionApplications.createdAt,
      organizationId: organizations.id,
      organization: organizations.name,
    })
    .from(promotionApplications)
    .innerJoin(organizations, eq(organizations.id, promotionApplications.organizationId))
    .where(eq(promotionApplications.slotId, id))
    .orderBy(asc(promotionApplications.createdAt));
  return { slot, applications };
}

/** The applications of the organizations the principal represents, with their slots (the allocation shows here). */
export async function myPromotionApplications(db: Db, principal: Principal | null) {
  authorize(principal, "account.view");
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return db
    .select({
      id: promotionApplications.id,
      description: promotionApplications.description,
      status: promotionApplications.status,
      organization: organizations.name,
      slotTitle: promotionSlots.title,
      channel: promotionSlots.channel,
      startsOn: promotionSlots.startsOn,
      endsOn: promotionSlots.endsOn,
    })
    .from(promotionApplications)
    .innerJoin(promotionSlots, eq(promotionSlots.id, promotionApplications.slotId))
    .innerJoin(organizations, eq(organizations.id, promotionApplications.organizationId))
    .where(inArray(promotionApplications.organizationId, ids))
    .orderBy(desc(promotionSlots.startsOn));
}

/** The organizations the principal represents (who may apply on their behalf). */
export async function promotionOrganizationOptions(db: Db, principal: Principal) {
  const ids = [...principal.organizations.keys()];
  if (ids.length === 0) return [];
  return db
    .select({ value: organizations.id, label: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name));
}
