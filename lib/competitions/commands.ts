import { and, asc, count, eq, lte } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { competitionCriteria, competitions, publicTaskAreas } from "@/lib/db/schema";
import { actorOf, recordAudit, systemActor } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { parseId } from "@/lib/core/ids";
import { parseMoney } from "@/lib/core/money";
import { competitionInputSchema, type CompetitionInput } from "./input";
import { announcementGaps, cancellationRefusal, deadlineLongEnough, shiftYear } from "./rules";
import { mailBidders } from "./mail";
import { formatDate } from "@/lib/i18n/format";
import { appLink } from "@/lib/mail/links";
import { competitionSettings } from "./settings";
import { instantToWarsaw, warsawToInstant } from "@/lib/dates/warsaw";
import { draftNewsFor } from "@/lib/news/commands";

function columnsOf(v: CompetitionInput) {
  return {
    title: v.title,
    number: v.number,
    areaSlug: v.areaSlug,
    fundingForm: v.fundingForm,
    description: v.description,
    grantRules: v.grantRules,
    taskConditions: v.taskConditions,
    budgetGrosze: v.budget ?? 0,
    minGrantGrosze: v.minGrant,
    maxGrantGrosze: v.maxGrant,
    minOwnFinancialBp: v.fundingForm === "support" ? (v.minOwnFinancial ?? 0) : 0,
    minOwnNonFinancialBp: v.fundingForm === "support" ? (v.minOwnNonFinancial ?? 0) : 0,
    maxAdminCostBp: v.maxAdminCost,
    taskStartDate: v.taskStartDate,
    taskEndDate: v.taskEndDate,
    offerDeadline: warsawToInstant(v.deadlineDate, v.deadlineTime),
    selectionProcedure: v.selectionProcedure,
    selectionDate: v.selectionDate,
    minTotalScore: v.minTotalScore,
    previousTasks: v.previousTasks.map((p) => ({ year: p.year, title: p.title, amountGrosze: parseMoney(p.amount) ?? 0 })),
    noPreviousTasks: v.noPreviousTasks,
    reservesCancellation: v.reservesCancellation,
    documents: v.documents,
    updatedAt: new Date(),
  };
}

async function replaceCriteria(tx: Tx, competitionId: string, criteria: CompetitionInput["criteria"]) {
  await tx.delete(competitionCriteria).where(eq(competitionCriteria.competitionId, competitionId));
  if (criteria.length)
    await tx.insert(competitionCriteria).values(
      criteria.map((c, position) => ({
        competitionId,
        position,
        kind: c.kind,
        name: c.name,
        maxPoints: c.maxPoints,
        supportOnly: c.supportOnly,
      })),
    );
}

/** Creates a draft (no id) or updates a draft competition. */
export async function saveCompetition(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "competition.manage");
  const parsed = competitionInputSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  // an edit names its competition (a malformed id is "not found", never a query); a new one names none
  const editing = input.id !== undefined && input.id !== "";
  const id = editing ? parseId(input.id) : null;
  if (editing && !id) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [area] = await tx
      .select({ slug: publicTaskAreas.slug })
      .from(publicTaskAreas)
      .where(eq(publicTaskAreas.slug, parsed.data.areaSlug));
    if (!area) return { ok: false, fieldErrors: { areaSlug: ["required"] } } as const;
    const values = columnsOf(parsed.data);
    if (!id) {
      const [row] = await tx
        .insert(competitions)
        .values({ ...values, status: "draft" })
        .returning({ id: competitions.id });
      await replaceCriteria(tx, row.id, parsed.data.criteria);
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "competition.create",
        entityType: "competition",
        entityId: row.id,
        after: values,
      });
      return { ok: true, value: { id: row.id } } as const;
    }
    const [before] = await tx.select().from(competitions).where(eq(competitions.id, id)).for("update");
    if (!before) return { ok: false, formError: "notFound" } as const;
    if (before.status !== "draft") return { ok: false, formError: "competitionNotDraft" } as const;
    await tx.update(competitions).set(values).where(eq(competitions.id, id));
    await replaceCriteria(tx, id, parsed.data.criteria);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.update",
      entityType: "competition",
      entityId: id,
      before,
      after: values,
    });
    return { ok: true, value: { id } } as const;
  });
}

/**
 * Publishes a draft: refused while any element art. 13 ust. 2 requires is missing (each named at its
 * field), or when the deadline is less than `minimumOfferDays` after now (art. 13 ust. 1).
 */
export async function announceCompetition(
  db: Db,
  principal: Principal | null,
  input: { id?: unknown },
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "competition.manage");
  const id = parseId(input.id);
  if (!id) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, id)).for("update");
    if (!c) return { ok: false, formError: "notFound" } as const;
    if (c.status !== "draft") return { ok: false, formError: "competitionNotDraft" } as const;
    const [criteria] = await tx.select({ n: count() }).from(competitionCriteria).where(eq(competitionCriteria.competitionId, id));
    const gaps = announcementGaps({ ...c, criteriaCount: Number(criteria.n) });
    if (gaps.length)
      return {
        ok: false,
        formError: "announcementIncomplete",
        fieldErrors: Object.fromEntries(gaps.map((field) => [field, ["requiredToAnnounce"]])),
      } as const;
    const days = competitionSettings.minimumOfferDays;
    if (!deadlineLongEnough(now, c.offerDeadline!, days))
      return { ok: false, formError: "deadlineTooShort", fieldErrors: { deadlineDate: ["deadlineTooShort"] } } as const;
    await tx.update(competitions).set({ status: "announced", publishedAt: now, updatedAt: now }).where(eq(competitions.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.announce",
      entityType: "competition",
      entityId: id,
      before: { status: c.status },
      after: { status: "announced", publishedAt: now },
    });
    await draftNewsFor(
      tx,
      {
        kind: "competition",
        id,
        title: c.title,
        lead: c.description,
        areas: c.areaSlug ? [c.areaSlug] : [],
        type: "competition",
        path: `/competitions/${id}`,
      },
      now,
    );
    return { ok: true, value: null } as const;
  });
}

/**
 * Withdrawing the call (odwołanie), a different act from voiding it (art. 18a, lib/decisions/ending.ts):
 * only when the announcement reserved the right and before the offer deadline, with a published reason;
 * everyone writing or having submitted an offer is told.
 */
export async function cancelCompetition(
  db: Db,
  principal: Principal | null,
  input: { id?: unknown; reason?: unknown },
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "competition.cancel");
  const reason = typeof input.reason === "string" ? input.reason.trim() : "";
  if (reason.length < 10) return { ok: false, fieldErrors: { reason: ["reasonRequired"] } };
  if (reason.length > 5000) return { ok: false, fieldErrors: { reason: ["tooLong"] } };
  const id = parseId(input.id);
  if (!id) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, id)).for("update");
    if (!c) return { ok: false, formError: "notFound" } as const;
    const refusal = cancellationRefusal(c, now);
    if (refusal) return { ok: false, formError: refusal } as const;
    await tx
      .update(competitions)
      .set({ status: "cancelled", cancellationReason: reason, cancelledAt: now, cancelledBy: principal.userId, updatedAt: now })
      .where(eq(competitions.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.cancel",
      entityType: "competition",
      entityId: id,
      before: { status: c.status },
      after: { status: "cancelled", reason },
    });
    await mailBidders(tx, id, { includeDrafts: true }, (t, locale) => ({
      subject: t("competitionEnding.mail.cancelled.subject", { number: c.number }),
      text: t("competitionEnding.mail.cancelled.body", {
        number: c.number,
        title: c.title,
        date: formatDate(now, locale),
        reason,
        url: appLink(locale, `/competitions/${id}`),
      }),
    }));
    return { ok: true, value: null } as const;
  });
}

/** The last step: after the results, the administrator closes the competition (results stay public). */
export async function closeCompetition(
  db: Db,
  principal: Principal | null,
  input: { id?: unknown },
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "competition.manage");
  const id = parseId(input.id);
  if (!id) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, id)).for("update");
    if (!c) return { ok: false, formError: "notFound" } as const;
    if (c.status !== "results_published") return { ok: false, formError: "cannotClose" } as const;
    await tx.update(competitions).set({ status: "closed", updatedAt: now }).where(eq(competitions.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.close",
      entityType: "competition",
      entityId: id,
      before: { status: c.status },
      after: { status: "closed" },
    });
    return { ok: true, value: null } as const;
  });
}

/** "Copy": a new draft with the same fields and criteria, dates shifted by a year. */
export async function copyCompetition(
  db: Db,
  principal: Principal | null,
  input: { id?: unknown },
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "competition.manage");
  const sourceId = parseId(input.id);
  if (!sourceId) return { ok: false, formError: "notFound" };
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(competitions).where(eq(competitions.id, sourceId));
    if (!c) return { ok: false, formError: "notFound" } as const;
    const criteria = await tx
      .select()
      .from(competitionCriteria)
      .where(eq(competitionCriteria.competitionId, sourceId))
      .orderBy(asc(competitionCriteria.position));
    // the same Warsaw wall-clock time a year later
    const shiftInstant = (d: Date | null) => {
      if (!d) return null;
      const w = instantToWarsaw(d);
      return warsawToInstant(shiftYear(w.date)!, w.time);
    };
    const [row] = await tx
      .insert(competitions)
      .values({
        title: c.title.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + 1)),
        number: `${c.number} (kopia)`,
        status: "draft",
        areaSlug: c.areaSlug,
        fundingForm: c.fundingForm,
        description: c.description,
        grantRules: c.grantRules,
        taskConditions: c.taskConditions,
        budgetGrosze: c.budgetGrosze,
        minGrantGrosze: c.minGrantGrosze,
        maxGrantGrosze: c.maxGrantGrosze,
        minOwnFinancialBp: c.minOwnFinancialBp,
        minOwnNonFinancialBp: c.minOwnNonFinancialBp,
        maxAdminCostBp: c.maxAdminCostBp,
        selectionProcedure: c.selectionProcedure,
        previousTasks: c.previousTasks,
        noPreviousTasks: c.noPreviousTasks,
        reservesCancellation: c.reservesCancellation,
        documents: c.documents,
        minTotalScore: c.minTotalScore,
        taskStartDate: shiftYear(c.taskStartDate),
        taskEndDate: shiftYear(c.taskEndDate),
        selectionDate: shiftYear(c.selectionDate),
        offerDeadline: shiftInstant(c.offerDeadline),
        copiedFromId: c.id,
      })
      .returning({ id: competitions.id });
    if (criteria.length)
      await tx.insert(competitionCriteria).values(
        criteria.map((k) => ({
          competitionId: row.id,
          position: k.position,
          kind: k.kind,
          name: k.name,
          description: k.description,
          maxPoints: k.maxPoints,
          supportOnly: k.supportOnly,
        })),
      );
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "competition.copy",
      entityType: "competition",
      entityId: row.id,
      after: { copiedFrom: c.id },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/**
 * Persists "offers closed" for announced competitions whose deadline passed (pages compute it on
 * read too): the `competitions.close` job, audited with the system as the actor. Returns the ids.
 */
export async function closeDueCompetitions(db: Db, now = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .update(competitions)
      .set({ status: "offers_closed", updatedAt: now })
      .where(and(eq(competitions.status, "announced"), lte(competitions.offerDeadline, now)))
      .returning({ id: competitions.id });
    for (const c of due)
      await recordAudit(tx, {
        actor: systemActor("competitions.close"),
        action: "competition.closeOffers",
        entityType: "competition",
        entityId: c.id,
        before: { status: "announced" },
        after: { status: "offers_closed" },
      });
    return due.map((c) => c.id);
  });
}
