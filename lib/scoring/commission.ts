import { and, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import { commissionMembers, competitions, offerPartners, offers, organizationMembers, organizations, users } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { queueMail } from "@/lib/mail/outbox";
import { nomineeRefusal } from "./commission-rules";
import { appLink } from "@/lib/mail/links";
import { translator } from "@/lib/i18n/messages";
import { idSchema } from "@/lib/core/ids";

/** Organizations that bid in the competition: lead applicants and partners of every non-draft offer. */
export async function biddingOrganizations(tx: Pick<Tx, "select">, competitionId: string) {
  const leads = await tx
    .select({ id: offers.organizationId, name: organizations.name })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(and(eq(offers.competitionId, competitionId), ne(offers.status, "draft")));
  const partners = await tx
    .select({ id: offerPartners.organizationId, name: organizations.name })
    .from(offerPartners)
    .innerJoin(offers, eq(offers.id, offerPartners.offerId))
    .innerJoin(organizations, eq(organizations.id, offerPartners.organizationId))
    .where(and(eq(offers.competitionId, competitionId), ne(offers.status, "draft")));
  return new Map([...leads, ...partners].map((o) => [o.id, o.name]));
}

const appointSchema = z.object({
  competitionId: idSchema,
  email: z.email("errors.email").transform((v) => v.toLowerCase()),
  kind: z.enum(["city_staff", "ngo_nominee", "expert"], "errors.required"),
  chair: z.literal("on").optional(),
  nominatingOrganizationId: z.union([idSchema, z.literal("")]).optional(),
});

/**
 * Appoints a person to the commission. Refused (with the reason) for a nominee of a bidding
 * organization or a member of one (art. 15 ust. 2b); an NGO nominee names the nominating organization.
 */
export async function appointMember(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ userId: string }>> {
  authorize(principal, "commission.appoint");
  const parsed = appointSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { competitionId, email, kind } = parsed.data;
  const nominatingOrganizationId = parsed.data.nominatingOrganizationId || null;
  if (kind === "ngo_nominee" && !nominatingOrganizationId) return { ok: false, fieldErrors: { nominatingOrganizationId: ["required"] } };
  const chair = parsed.data.chair === "on" && kind !== "expert";

  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, competitionId)).for("update");
    if (!competition) return { ok: false, formError: "notFound" } as const;
    if (["results_published", "closed", "cancelled", "voided", "draft"].includes(competition.status))
      return { ok: false, formError: "commissionClosed" } as const;
    const [person] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    if (!person || !person.active) return { ok: false, fieldErrors: { email: ["unknownPerson"] } } as const;
    const existing = await tx.select().from(commissionMembers).where(eq(commissionMembers.competitionId, competitionId));
    if (existing.some((m) => m.userId === person.id)) return { ok: false, fieldErrors: { email: ["alreadyMember"] } } as const;
    if (chair && existing.some((m) => m.role === "chair")) return { ok: false, formError: "chairExists" } as const;

    const bidders = await biddingOrganizations(tx, competitionId);
    const personOrgs = await tx
      .select({ id: organizationMembers.organizationId })
      .from(organizationMembers)
      .where(eq(organizationMembers.userId, person.id));
    const refusal = nomineeRefusal({
      biddingOrganizationIds: new Set(bidders.keys()),
      nominatingOrganizationId: kind === "ngo_nominee" ? nominatingOrganizationId : null,
      personOrganizationIds: personOrgs.map((o) => o.id),
    });
    if (refusal) return { ok: false, formError: refusal } as const;

    const role = kind === "expert" ? "expert" : chair ? "chair" : "member";
    await tx.insert(commissionMembers).values({
      createdAt: now,
      competitionId,
      userId: person.id,
      role,
      kind,
      nominatingOrganizationId: kind === "ngo_nominee" ? nominatingOrganizationId : null,
      appointedBy: principal.userId,
    });
    const locale = person.locale === "en" ? "en" : "pl";
    const t = translator(locale);
    await queueMail(tx, {
      to: person.email,
      kind: "commission_appointed",
      subject: t("scoringMail.appointed.subject", { number: competition.number }),
      text: t("scoringMail.appointed.body", {
        name: person.name,
        number: competition.number,
        title: competition.title,
        url: appLink(locale, `/commission/${competitionId}`),
      }),
    });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "commission.appoint",
      entityType: "competition",
      entityId: competitionId,
      after: { userId: person.id, email: person.email, role, kind, nominatingOrganizationId },
    });
    return { ok: true, value: { userId: person.id } } as const;
  });
}

/** The member's role and kind in the commission, whether she may still sit (not excluded, no bidder conflict), or null when not on it. */
export async function membershipOf(tx: Pick<Tx, "select">, competitionId: string, userId: string) {
  const [row] = await tx
    .select({
      role: commissionMembers.role,
      kind: commissionMembers.kind,
      excludedAt: commissionMembers.excludedAt,
      exclusionReason: commissionMembers.exclusionReason,
      bidderConflict: commissionMembers.bidderConflict,
    })
    .from(commissionMembers)
    .where(and(eq(commissionMembers.competitionId, competitionId), eq(commissionMembers.userId, userId)));
  if (!row) return null;
  return {
    role: row.role,
    kind: row.kind ?? (row.role === "expert" ? "expert" : "city_staff"),
    excludedAt: row.excludedAt,
    exclusionReason: row.exclusionReason,
    bidderConflict: row.bidderConflict,
  } as const;
}

/** Why a member may not act on the commission: excluded (art. 24 § 3 KPA) or flagged against the bidders (art. 15 ust. 2b). */
export function seatRefusal(member: { excludedAt: Date | null; bidderConflict: string | null } | null) {
  if (!member) return "forbidden" as const;
  if (member.excludedAt) return "excluded" as const;
  if (member.bidderConflict) return "bidderConflict" as const;
  return null;
}
