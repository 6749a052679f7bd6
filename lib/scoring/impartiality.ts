import { and, asc, eq, inArray, isNull, lte, ne } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit, systemActor, type SystemActor } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { idSchema } from "@/lib/core/ids";
import type { Db, Tx } from "@/lib/db/open";
import { commissionMembers, competitions, offerPartners, offers, organizationMembers, organizations, users } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { translator } from "@/lib/i18n/messages";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { biddingOrganizations } from "./commission";
import { nomineeRefusal } from "./commission-rules";

type BidderConflict = "nominatedByBidder" | "memberOfBidder";

type Reader = Pick<Tx, "select">;

/** The job's name: also the system actor of the audit records it writes. */
export const RECHECK_JOB = "commission.recheck";

/** Competitions whose offers may still change the commission's composition: the check runs once their deadline passed. */
const checkedStatuses = ["announced", "offers_closed", "formal_review", "scoring"] as const;

/**
 * The bidders a member declares impartiality towards (art. 24 § 1 KPA via art. 15 ust. 2f): every
 * submitted offer of the competition with its title, its applicant and its partners (art. 14 ust. 2).
 */
export async function biddersOfDeclaration(db: Reader, competitionId: string) {
  const rows = await db
    .select({ offerId: offers.id, title: offers.title, organization: organizations.name })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(and(eq(offers.competitionId, competitionId), ne(offers.status, "draft")))
    .orderBy(asc(organizations.name), asc(offers.title));
  const ids = rows.map((r) => r.offerId);
  const partners = ids.length
    ? await db
        .select({ offerId: offerPartners.offerId, name: organizations.name })
        .from(offerPartners)
        .innerJoin(organizations, eq(organizations.id, offerPartners.organizationId))
        .where(inArray(offerPartners.offerId, ids))
        .orderBy(asc(organizations.name))
    : [];
  return rows.map((r) => ({ ...r, partners: partners.filter((p) => p.offerId === r.offerId).map((p) => p.name) }));
}

/**
 * Art. 15 ust. 2b: checks every member not yet excluded against the final list of bidders and flags
 * those who cannot sit (nominated by a bidder, or belonging to one). The administrators are told by
 * mail; each new flag is audited. Marks the competition as checked. Idempotent.
 */
export async function recheckCommission(tx: Tx, competitionId: string, now: Date, actor: SystemActor = systemActor(RECHECK_JOB)) {
  const bidders = new Set((await biddingOrganizations(tx, competitionId)).keys());
  const members = await tx
    .select({
      userId: commissionMembers.userId,
      kind: commissionMembers.kind,
      nominatingOrganizationId: commissionMembers.nominatingOrganizationId,
      bidderConflict: commissionMembers.bidderConflict,
      name: users.name,
    })
    .from(commissionMembers)
    .innerJoin(users, eq(users.id, commissionMembers.userId))
    .where(and(eq(commissionMembers.competitionId, competitionId), isNull(commissionMembers.excludedAt)));
  const memberships = members.length
    ? await tx
        .select({ userId: organizationMembers.userId, organizationId: organizationMembers.organizationId })
        .from(organizationMembers)
        .where(
          inArray(
            organizationMembers.userId,
            members.map((m) => m.userId),
          ),
        )
    : [];
  const flagged: { name: string; conflict: BidderConflict }[] = [];
  for (const m of members) {
    const conflict = nomineeRefusal({
      biddingOrganizationIds: bidders,
      nominatingOrganizationId: m.kind === "ngo_nominee" ? m.nominatingOrganizationId : null,
      personOrganizationIds: memberships.filter((o) => o.userId === m.userId).map((o) => o.organizationId),
    });
    if (!conflict || conflict === m.bidderConflict) continue;
    await tx
      .update(commissionMembers)
      .set({ bidderConflict: conflict, bidderConflictFoundAt: now })
      .where(and(eq(commissionMembers.competitionId, competitionId), eq(commissionMembers.userId, m.userId)));
    await recordAudit(tx, {
      actor,
      action: "commission.flagBidderConflict",
      entityType: "competition",
      entityId: competitionId,
      before: { userId: m.userId, bidderConflict: m.bidderConflict },
      after: { userId: m.userId, bidderConflict: conflict },
    });
    flagged.push({ name: m.name, conflict });
  }
  const [competition] = await tx
    .update(competitions)
    .set({ commissionCheckedAt: now })
    .where(eq(competitions.id, competitionId))
    .returning({ number: competitions.number, title: competitions.title });
  if (flagged.length > 0) await mailAdministrators(tx, competitionId, competition, flagged);
  return flagged.length;
}

async function mailAdministrators(
  tx: Tx,
  competitionId: string,
  competition: { number: string; title: string },
  flagged: { name: string; conflict: BidderConflict }[],
) {
  const admins = await tx
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.isAdmin, true), eq(users.active, true), isNull(users.deletedAt)));
  for (const admin of admins) {
    const locale = admin.locale === "en" ? "en" : "pl";
    const t = translator(locale);
    await queueMail(tx, {
      to: admin.email,
      kind: "commission_bidder_conflict",
      locale,
      subject: t("scoringMail.bidderConflict.subject", { number: competition.number }),
      text: t("scoringMail.bidderConflict.body", {
        number: competition.number,
        title: competition.title,
        members: flagged.map((f) => `- ${f.name}: ${t(`scoringCommission.conflicts.${f.conflict}`)}`).join("\n"),
        url: appLink(locale, `/admin/competitions/${competitionId}/commission`),
      }),
    });
  }
}

/**
 * The `commission.recheck` job: every competition whose offer deadline passed and whose commission
 * was not yet checked against the final bidders. One competition per transaction, locked so that
 * two instances never check the same one.
 */
export async function recheckDueCommissions(db: Db, now = new Date()) {
  const due = await db
    .select({ id: competitions.id })
    .from(competitions)
    .where(
      and(
        isNull(competitions.commissionCheckedAt),
        lte(competitions.offerDeadline, now),
        inArray(competitions.status, [...checkedStatuses]),
      ),
    );
  let flagged = 0;
  for (const { id } of due)
    flagged += await db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ checkedAt: competitions.commissionCheckedAt })
        .from(competitions)
        .where(eq(competitions.id, id))
        .for("update", { skipLocked: true });
      if (!locked || locked.checkedAt) return 0;
      return recheckCommission(tx, id, now);
    });
  return { checked: due.length, flagged };
}

/** Runs the check inside a command when the commission's work starts before the job got to it. */
export async function ensureCommissionChecked(tx: Tx, competitionId: string, now: Date) {
  const [row] = await tx
    .select({ checkedAt: competitions.commissionCheckedAt, deadline: competitions.offerDeadline })
    .from(competitions)
    .where(eq(competitions.id, competitionId))
    .for("update");
  if (!row || row.checkedAt || !row.deadline || row.deadline > now) return;
  await recheckCommission(tx, competitionId, now);
}

const excludeSchema = z.object({
  competitionId: idSchema,
  userId: idSchema,
  reason: z.string().trim().min(10, "errors.reasonTooShort").max(2000, "errors.tooLong"),
});

/**
 * Art. 24 § 3 KPA via art. 15 ust. 2f: the administrator excludes a member with a reason. The
 * member can no longer score; her sheets stay on record but no longer count (lib/scoring/ranking.ts);
 * the protocol lists the exclusion. Audited, and the member is told by mail.
 */
export async function excludeMember(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "commission.exclude");
  const parsed = excludeSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { competitionId, userId, reason } = parsed.data;
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, competitionId)).for("update");
    if (!competition) return { ok: false, formError: "notFound" } as const;
    if (["results_published", "closed", "cancelled"].includes(competition.status))
      return { ok: false, formError: "commissionClosed" } as const;
    const mine = and(eq(commissionMembers.competitionId, competitionId), eq(commissionMembers.userId, userId));
    const [member] = await tx
      .select({
        excludedAt: commissionMembers.excludedAt,
        bidderConflict: commissionMembers.bidderConflict,
        email: users.email,
        name: users.name,
        locale: users.locale,
      })
      .from(commissionMembers)
      .innerJoin(users, eq(users.id, commissionMembers.userId))
      .where(mine);
    if (!member) return { ok: false, formError: "notFound" } as const;
    if (member.excludedAt) return { ok: false, formError: "alreadyExcluded" } as const;
    await tx.update(commissionMembers).set({ excludedAt: now, excludedBy: principal.userId, exclusionReason: reason }).where(mine);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "commission.exclude",
      entityType: "competition",
      entityId: competitionId,
      before: { userId, excludedAt: null, bidderConflict: member.bidderConflict },
      after: { userId, excludedAt: now, reason },
    });
    const locale = member.locale === "en" ? "en" : "pl";
    const t = translator(locale);
    await queueMail(tx, {
      to: member.email,
      kind: "commission_excluded",
      locale,
      subject: t("scoringMail.excluded.subject", { number: competition.number }),
      text: t("scoringMail.excluded.body", { name: member.name, number: competition.number, title: competition.title, reason }),
    });
    return { ok: true, value: null } as const;
  });
}
