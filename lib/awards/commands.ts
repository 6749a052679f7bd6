import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { awardCategories, awardCriteria, awardEditions, awardJurors, awardNominations, awards, awardScores } from "@/lib/db/schema/awards";
import { warsawToday } from "@/lib/dates/warsaw";
import { refusalOf, type CommandResult, type Refusal } from "@/lib/forms/result";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { createMeeting } from "@/lib/meetings/commands";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { sheetEntry, sheetErrors } from "@/lib/scoring/rules";
import { criteriaOf, juryStanding } from "./jury";
import { createAwardConsentToken, verifyAwardConsentToken } from "./consent";
import { awardMail } from "./mail";
import { nominationOpen, nominatorRefusal, volunteerDay } from "./rules";
import {
  awardSchema,
  consentSchema,
  editionIdSchema,
  editionSchema,
  galaSchema,
  jurorSchema,
  laureateSchema,
  nominationSchema,
} from "./schemas";

/** What commands called from a page use besides their input (the page's language for mails to people without one). */
export interface Context {
  locale?: Locale;
}

async function editionForUpdate(tx: Tx, editionId: string) {
  const [row] = await tx
    .select({ edition: awardEditions, award: awards })
    .from(awardEditions)
    .innerJoin(awards, eq(awards.id, awardEditions.awardId))
    .where(eq(awardEditions.id, editionId))
    .for("update", { of: awardEditions });
  return row ?? null;
}

/** Staff create an award type and who may nominate for it. */
export async function createAward(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "award.manage");
  const parsed = awardSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(awards)
      .values({ ...parsed.data, nominators: [...new Set(parsed.data.nominators)] })
      .onConflictDoNothing()
      .returning();
    if (!row) return { ok: false, fieldErrors: { name: ["awardExists"] } } as const;
    await recordAudit(tx, { actor: actorOf(principal), action: "award.create", entityType: "award", entityId: row.id, after: row });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Staff open an edition of an award: its year, nomination period, categories and the jury's criteria. */
export async function createEdition(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "award.manage");
  const parsed = editionSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { categories, criteria, ...edition } = parsed.data;
  return db.transaction(async (tx) => {
    const [award] = await tx.select({ id: awards.id }).from(awards).where(eq(awards.id, edition.awardId));
    if (!award) return { ok: false, formError: "notFound" } as const;
    const [row] = await tx
      .insert(awardEditions)
      .values({ ...edition, createdBy: principal.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) return { ok: false, fieldErrors: { year: ["editionExists"] } } as const;
    await tx.insert(awardCategories).values(categories.map((name, position) => ({ editionId: row.id, name, position })));
    await tx.insert(awardCriteria).values(criteria.map((c, position) => ({ editionId: row.id, ...c, position })));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.createEdition",
      entityType: "award_edition",
      entityId: row.id,
      after: { ...row, categories, criteria },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/**
 * A signed-in person nominates someone while the edition takes nominations, as one of the kinds the
 * award allows (an organization's representative for it, a school naming itself, a resident). The
 * nominee gets a consent link; the jury sees the nomination only after the nominee consents.
 */
export async function nominate(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  context: Context = {},
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "award.nominate");
  const parsed = nominationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const data = parsed.data;
  if (data.nomineeEmail === principal.email.toLowerCase()) return { ok: false, fieldErrors: { nomineeEmail: ["selfNomination"] } };
  const secret = await unsubscribeSecret();
  return db.transaction(async (tx) => {
    const found = await editionForUpdate(tx, data.editionId);
    if (!found) return { ok: false, formError: "notFound" } as const;
    const { edition, award } = found;
    if (!nominationOpen(edition, warsawToday(now))) return { ok: false, formError: "nominationsClosed" } as const;
    const refusal = nominatorRefusal(award.nominators, data.nominatorKind, {
      organizationIds: [...principal.organizations.keys()],
      organizationId: data.organizationId,
      schoolName: data.schoolName,
    });
    if (refusal) {
      const field = refusal === "schoolRequired" ? "schoolName" : refusal === "notRepresentative" ? "organizationId" : "nominatorKind";
      return { ok: false, fieldErrors: { [field]: [refusal] } } satisfies Refusal;
    }
    const [category] = await tx
      .select()
      .from(awardCategories)
      .where(and(eq(awardCategories.id, data.categoryId), eq(awardCategories.editionId, edition.id)));
    if (!category) return { ok: false, fieldErrors: { categoryId: ["invalid"] } } as const;
    const [row] = await tx
      .insert(awardNominations)
      .values({
        editionId: edition.id,
        categoryId: category.id,
        nomineeName: data.nomineeName,
        nomineeEmail: data.nomineeEmail,
        justification: data.justification,
        nominatorId: principal.userId,
        nominatorKind: data.nominatorKind,
        nominatorOrganizationId: data.nominatorKind === "organization" ? data.organizationId : null,
        schoolName: data.nominatorKind === "school" ? data.schoolName : null,
        createdAt: now,
      })
      .returning();
    // the audit keeps the nominee's name, not the address
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.nominate",
      entityType: "award_nomination",
      entityId: row.id,
      after: { editionId: edition.id, categoryId: category.id, nomineeName: row.nomineeName, nominatorKind: row.nominatorKind },
    });
    const token = createAwardConsentToken({ nominationId: row.id, email: row.nomineeEmail, kind: "nomination" }, secret);
    const locale = context.locale ?? "pl";
    await queueMail(
      tx,
      awardMail(
        "nomineeConsent",
        {
          to: row.nomineeEmail,
          locale: null,
          name: row.nomineeName,
          award: award.name,
          year: edition.year,
          category: category.name,
          url: appLink(locale, `/volunteering/awards/consent?token=${token}`),
        },
        locale,
      ),
    );
    return { ok: true, value: { id: row.id } } as const;
  });
}

/**
 * The nominee's consent through the signed link: to the nomination going to the jury, or (as a
 * laureate of published results) to the name being published. Repeating a consent changes nothing.
 */
export async function confirmAwardConsent(
  db: Db,
  _principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  const parsed = consentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "invalidLink" };
  const claim = verifyAwardConsentToken(parsed.data.token, await unsubscribeSecret());
  if (!claim) return { ok: false, formError: "invalidLink" };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ nomination: awardNominations, status: awardEditions.status })
      .from(awardNominations)
      .innerJoin(awardEditions, eq(awardEditions.id, awardNominations.editionId))
      .where(eq(awardNominations.id, claim.nominationId))
      .for("update", { of: awardNominations });
    if (!row || row.nomination.nomineeEmail !== claim.email) return { ok: false, formError: "invalidLink" } as const;
    const n = row.nomination;
    if (claim.kind === "nomination") {
      if (n.status === "consented") return { ok: true, value: { id: n.id } } as const;
      await tx.update(awardNominations).set({ status: "consented", consentAt: now }).where(eq(awardNominations.id, n.id));
      await recordAudit(tx, {
        actor: null,
        action: "award.nomineeConsent",
        entityType: "award_nomination",
        entityId: n.id,
        before: { status: n.status },
        after: { status: "consented" },
      });
      return { ok: true, value: { id: n.id } } as const;
    }
    if (row.status !== "published" || !n.laureateAt) return { ok: false, formError: "invalidLink" } as const;
    if (n.publicationConsentAt) return { ok: true, value: { id: n.id } } as const;
    await tx.update(awardNominations).set({ publicationConsentAt: now }).where(eq(awardNominations.id, n.id));
    await recordAudit(tx, {
      actor: null,
      action: "award.publicationConsent",
      entityType: "award_nomination",
      entityId: n.id,
      before: { publicationConsentAt: null },
      after: { publicationConsentAt: now },
    });
    return { ok: true, value: { id: n.id } } as const;
  });
}

/** Staff appoint a jury member by the e-mail of an existing account; the member is told by mail. */
export async function appointJuror(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  context: Context = {},
): Promise<CommandResult<{ userId: string }>> {
  authorize(principal, "award.manage");
  const parsed = jurorSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const found = await editionForUpdate(tx, parsed.data.editionId);
    if (!found) return { ok: false, formError: "notFound" } as const;
    if (found.edition.status === "published") return { ok: false, formError: "editionPublished" } as const;
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(and(eq(users.email, parsed.data.email), eq(users.active, true), isNull(users.deletedAt)));
    if (!user) return { ok: false, fieldErrors: { email: ["noSuchAccount"] } } as const;
    const [row] = await tx
      .insert(awardJurors)
      .values({ editionId: found.edition.id, userId: user.id, appointedBy: principal.userId, appointedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!row) return { ok: false, fieldErrors: { email: ["alreadyJuror"] } } as const;
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.appointJuror",
      entityType: "award_edition",
      entityId: found.edition.id,
      after: { userId: user.id },
    });
    const locale = context.locale ?? "pl";
    await queueMail(
      tx,
      awardMail(
        "jurorAppointed",
        {
          to: user.email,
          locale: user.locale,
          name: user.name,
          award: found.award.name,
          year: found.edition.year,
          url: appLink(user.locale === "en" ? "en" : locale, `/account/awards/${found.edition.id}`),
        },
        locale,
      ),
    );
    return { ok: true, value: { userId: user.id } } as const;
  });
}

/** A jury member declares impartiality towards the nominees; only then does she see the nominations and score them. */
export async function declareImpartiality(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  const parsed = editionIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { editionId } = parsed.data;
  return db.transaction(async (tx) => {
    const standing = principal ? await juryStanding(tx, editionId, principal.userId) : undefined;
    authorize(principal, "award.jury.declare", { awardJury: standing });
    if (standing?.declared) return { ok: true, value: null } as const;
    await tx
      .update(awardJurors)
      .set({ declaredAt: now })
      .where(and(eq(awardJurors.editionId, editionId), eq(awardJurors.userId, principal.userId)));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.declareImpartiality",
      entityType: "award_edition",
      entityId: editionId,
      after: { userId: principal.userId, declaredAt: now },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * A declared jury member submits her sheet for one consented nomination while the edition is being
 * scored: whole points from 0 to each criterion's maximum and a justification per criterion (the
 * competitions' sheet rule, lib/scoring/rules.ts). A sheet is submitted once.
 */
export async function submitAwardScores(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ total: number }>> {
  const parsed = editionIdSchema.extend({ nominationId: editionIdSchema.shape.editionId }).safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { editionId, nominationId } = parsed.data;
  return db.transaction(async (tx) => {
    const standing = principal ? await juryStanding(tx, editionId, principal.userId) : undefined;
    authorize(principal, "award.jury.score", { awardJury: standing });
    const found = await editionForUpdate(tx, editionId);
    if (!found) return { ok: false, formError: "notFound" } as const;
    const [nomination] = await tx
      .select()
      .from(awardNominations)
      .where(
        and(eq(awardNominations.id, nominationId), eq(awardNominations.editionId, editionId), eq(awardNominations.status, "consented")),
      );
    if (!nomination) return { ok: false, formError: "notFound" } as const;
    if (found.edition.status !== "scoring") return { ok: false, formError: "scoringNotOpen" } as const;
    const criteria = await criteriaOf(tx, editionId);
    const errors = sheetErrors(criteria, input);
    if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors } as const;
    const [existing] = await tx
      .select({ n: awardScores.nominationId })
      .from(awardScores)
      .where(and(eq(awardScores.nominationId, nominationId), eq(awardScores.userId, principal.userId)))
      .limit(1);
    if (existing) return { ok: false, formError: "alreadyScored" } as const;
    const rows = criteria.map((c) => {
      const entry = sheetEntry(c, input);
      return {
        nominationId,
        userId: principal.userId,
        criterionId: c.id,
        points: entry.points,
        justification: entry.justification,
        submittedAt: now,
      };
    });
    await tx.insert(awardScores).values(rows);
    const total = rows.reduce((sum, r) => sum + r.points, 0);
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.submitScores",
      entityType: "award_nomination",
      entityId: nominationId,
      after: { editionId, total, points: Object.fromEntries(rows.map((r) => [r.criterionId, r.points])) },
    });
    return { ok: true, value: { total } } as const;
  });
}

/** Staff close the nominations: the jury scores the consented ones. */
export async function closeNominations(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "award.manage");
  const parsed = editionIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const found = await editionForUpdate(tx, parsed.data.editionId);
    if (!found) return { ok: false, formError: "notFound" } as const;
    if (found.edition.status !== "nomination") return { ok: false, formError: "wrongStage" } as const;
    await tx.update(awardEditions).set({ status: "scoring" }).where(eq(awardEditions.id, found.edition.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.closeNominations",
      entityType: "award_edition",
      entityId: found.edition.id,
      before: { status: "nomination" },
      after: { status: "scoring" },
    });
    return { ok: true, value: null } as const;
  });
}

/** Staff pick (or unpick) a laureate among the consented nominations while the jury's ranking is open. */
export async function setLaureate(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "award.manage");
  const parsed = laureateSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ nomination: awardNominations, status: awardEditions.status })
      .from(awardNominations)
      .innerJoin(awardEditions, eq(awardEditions.id, awardNominations.editionId))
      .where(eq(awardNominations.id, parsed.data.nominationId))
      .for("update", { of: awardNominations });
    if (!row || row.nomination.status !== "consented") return { ok: false, formError: "notFound" } as const;
    if (row.status !== "scoring") return { ok: false, formError: "wrongStage" } as const;
    const laureateAt = parsed.data.laureate === "yes" ? now : null;
    await tx.update(awardNominations).set({ laureateAt }).where(eq(awardNominations.id, row.nomination.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.chooseLaureate",
      entityType: "award_nomination",
      entityId: row.nomination.id,
      before: { laureate: row.nomination.laureateAt !== null },
      after: { laureate: laureateAt !== null },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * Staff publish the results: each laureate is asked by a mail link to consent to publication; the
 * public page lists only those who did.
 */
export async function publishResults(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  context: Context = {},
): Promise<CommandResult<null>> {
  authorize(principal, "award.manage");
  const parsed = editionIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const secret = await unsubscribeSecret();
  return db.transaction(async (tx) => {
    const found = await editionForUpdate(tx, parsed.data.editionId);
    if (!found) return { ok: false, formError: "notFound" } as const;
    const { edition, award } = found;
    if (edition.status !== "scoring") return { ok: false, formError: "wrongStage" } as const;
    const laureates = await tx
      .select({ nomination: awardNominations, category: awardCategories.name })
      .from(awardNominations)
      .innerJoin(awardCategories, eq(awardCategories.id, awardNominations.categoryId))
      .where(and(eq(awardNominations.editionId, edition.id), isNotNull(awardNominations.laureateAt)));
    if (laureates.length === 0) return { ok: false, formError: "noLaureates" } as const;
    await tx.update(awardEditions).set({ status: "published", publishedAt: now }).where(eq(awardEditions.id, edition.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.publishResults",
      entityType: "award_edition",
      entityId: edition.id,
      before: { status: "scoring" },
      after: { status: "published", laureates: laureates.map((l) => l.nomination.id) },
    });
    const locale = context.locale ?? "pl";
    for (const { nomination, category } of laureates) {
      const token = createAwardConsentToken({ nominationId: nomination.id, email: nomination.nomineeEmail, kind: "publication" }, secret);
      await queueMail(
        tx,
        awardMail(
          "publicationConsent",
          {
            to: nomination.nomineeEmail,
            locale: null,
            name: nomination.nomineeName,
            award: award.name,
            year: edition.year,
            category,
            url: appLink(locale, `/volunteering/awards/consent?token=${token}`),
          },
          locale,
        ),
      );
    }
    return { ok: true, value: null } as const;
  });
}

/**
 * Once the results are published, staff create the gala of Volunteer Day (5 December of the
 * edition's year) as an event of the Centre (lib/meetings); the edition links to it.
 */
export async function createGala(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  context: Context = {},
): Promise<CommandResult<{ eventId: string }>> {
  authorize(principal, "award.manage");
  const parsed = galaSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const found = await editionForUpdate(tx, parsed.data.editionId);
    if (!found) return { ok: false, formError: "notFound" } as const;
    const { edition, award } = found;
    if (edition.status !== "published") return { ok: false, formError: "wrongStage" } as const;
    if (edition.eventId) return { ok: false, formError: "galaExists" } as const;
    const t = translator(context.locale ?? "pl");
    // the events module's own command, nested in this transaction (a savepoint): the event and the link commit together
    const created = await createMeeting(tx as unknown as Db, principal, {
      kind: "volunteer_day",
      title: t("awards.gala.title", { award: award.name, year: String(edition.year) }),
      description: t("awards.gala.description", { award: award.name, year: String(edition.year) }),
      place: parsed.data.place,
      ...volunteerDay(edition.year),
      capacity: "200",
      organizer: t("awards.gala.organizer"),
    });
    if (!created.ok) return created;
    await tx.update(awardEditions).set({ eventId: created.value.id }).where(eq(awardEditions.id, edition.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "award.createGala",
      entityType: "award_edition",
      entityId: edition.id,
      after: { eventId: created.value.id },
    });
    return { ok: true, value: { eventId: created.value.id } } as const;
  });
}
