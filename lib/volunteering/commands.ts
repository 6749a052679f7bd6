import { randomBytes } from "node:crypto";
import { and, eq, gte, isNotNull, isNull, lte } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { organizations } from "@/lib/db/schema/organizations";
import { districts, publicTaskAreas } from "@/lib/db/schema/reference";
import {
  volunteerAgreements,
  volunteerApplications,
  volunteerCertificates,
  volunteerHours,
  volunteerOffers,
} from "@/lib/db/schema/volunteering";
import { actorOf, recordAudit, type SystemActor } from "@/lib/audit/record";
import { authorize, can, ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { refusalOf, type CommandResult, type FieldErrors } from "@/lib/forms/result";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { createConsentToken, verifyConsentToken } from "./consent";
import { volunteeringMail } from "./mail";
import {
  ageAllowed,
  ageOn,
  agreementReminderDue,
  approvedMinutes,
  certificateCode,
  decisionAllowed,
  insuranceRequired,
  needsGuardianConsent,
  offerTransitionAllowed,
  parseHours,
  AGREEMENT_REMINDER_DAYS,
} from "./rules";
import {
  agreementSchema,
  applicationIdSchema,
  applySchema,
  certificateSchema,
  consentSchema,
  decideSchema,
  hoursDecisionSchema,
  hoursSchema,
  offerSchema,
  offerStatusSchema,
} from "./schemas";

/*
 * The writes of volunteering. Each authorizes against the record's own organization (or the
 * volunteer's own account) before anything changes, runs in one transaction, writes the audit log
 * and queues its mail in the same transaction. Someone else's record is "not found" for a
 * volunteer; for a representative of another organization the permission table refuses it.
 */

interface Context {
  locale?: Locale;
}

async function checkReferences(tx: Tx, areaSlug: string, districtSlug: string | null): Promise<FieldErrors | null> {
  const [area] = await tx.select({ slug: publicTaskAreas.slug }).from(publicTaskAreas).where(eq(publicTaskAreas.slug, areaSlug));
  if (!area) return { areaSlug: ["invalid"] };
  if (districtSlug) {
    const [district] = await tx.select({ slug: districts.slug }).from(districts).where(eq(districts.slug, districtSlug));
    if (!district) return { districtSlug: ["invalid"] };
  }
  return null;
}

/** A representative of a verified organization writes an offer; it starts as a draft. */
export async function createOffer(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const parsed = offerSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const data = parsed.data;
  authorize(principal, "volunteering.offer.manage", { organizationId: data.organizationId });
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.id, data.organizationId));
    if (!org) return { ok: false, formError: "notFound" } as const;
    if (org.status !== "verified") return { ok: false, formError: "organizationNotVerified" } as const;
    const wrong = await checkReferences(tx, data.areaSlug, data.districtSlug);
    if (wrong) return { ok: false, fieldErrors: wrong } as const;
    const [row] = await tx
      .insert(volunteerOffers)
      .values({ ...data, createdBy: principal.userId })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.createOffer",
      entityType: "volunteer_offer",
      entityId: row.id,
      after: row,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

async function offerForUpdate(tx: Tx, offerId: string) {
  const [row] = await tx.select().from(volunteerOffers).where(eq(volunteerOffers.id, offerId)).for("update");
  return row ?? null;
}

/** Changes an offer's content (not a closed one); the organization stays the same. */
export async function updateOffer(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const offerId = typeof input.offerId === "string" ? input.offerId : "";
  return db.transaction(async (tx) => {
    const offer = /^[0-9a-f-]{36}$/i.test(offerId) ? await offerForUpdate(tx, offerId) : null;
    if (!offer) return { ok: false, formError: "notFound" } as const;
    authorize(principal, "volunteering.offer.manage", { organizationId: offer.organizationId });
    const parsed = offerSchema.safeParse({ ...input, organizationId: offer.organizationId });
    if (!parsed.success) return refusalOf(parsed.error);
    if (offer.status === "closed") return { ok: false, formError: "offerClosed" } as const;
    const wrong = await checkReferences(tx, parsed.data.areaSlug, parsed.data.districtSlug);
    if (wrong) return { ok: false, fieldErrors: wrong } as const;
    const [row] = await tx
      .update(volunteerOffers)
      .set({ ...parsed.data, updatedAt: new Date() })
      .where(eq(volunteerOffers.id, offer.id))
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.updateOffer",
      entityType: "volunteer_offer",
      entityId: offer.id,
      before: offer,
      after: row,
    });
    return { ok: true, value: { id: offer.id } } as const;
  });
}

/** draft → published → filled → closed (rules.offerTransitionAllowed). */
export async function setOfferStatus(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const parsed = offerStatusSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const offer = await offerForUpdate(tx, parsed.data.offerId);
    if (!offer) return { ok: false, formError: "notFound" } as const;
    authorize(principal, "volunteering.offer.manage", { organizationId: offer.organizationId });
    if (!offerTransitionAllowed(offer.status, parsed.data.status)) return { ok: false, formError: "transitionNotAllowed" } as const;
    await tx
      .update(volunteerOffers)
      .set({
        status: parsed.data.status,
        publishedAt: offer.publishedAt ?? (parsed.data.status === "published" ? now : null),
        updatedAt: now,
      })
      .where(eq(volunteerOffers.id, offer.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.setOfferStatus",
      entityType: "volunteer_offer",
      entityId: offer.id,
      before: { status: offer.status },
      after: { status: parsed.data.status },
    });
    return { ok: true, value: { id: offer.id } } as const;
  });
}

async function offerWithOrganization(tx: Tx, offerId: string) {
  const [row] = await tx
    .select({ offer: volunteerOffers, organization: organizations.name })
    .from(volunteerOffers)
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .where(eq(volunteerOffers.id, offerId));
  return row ?? null;
}

function newApplicationMail(offer: typeof volunteerOffers.$inferSelect, organization: string, volunteer: string, locale: Locale) {
  return volunteeringMail(
    "newApplication",
    {
      to: offer.contactEmail,
      locale: null,
      name: offer.contactName,
      offer: offer.title,
      organization,
      volunteer,
      path: `/account/volunteering/offers/${offer.id}`,
    },
    locale,
  );
}

/**
 * A signed-in resident applies to a published offer with a short message and the date of birth
 * (the offer's audience decides who may). A minor names a guardian, who gets a consent link; the
 * organization sees the application only after the guardian confirms.
 */
export async function applyToOffer(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  context: Context = {},
): Promise<CommandResult<{ id: string; awaitingConsent: boolean }>> {
  authorize(principal, "volunteering.apply");
  const parsed = applySchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const data = parsed.data;
  const today = warsawToday(now);
  if (data.birthDate > today) return { ok: false, fieldErrors: { birthDate: ["invalid"] } };
  const age = ageOn(data.birthDate, today);
  const minor = needsGuardianConsent(age);
  if (minor) {
    const fieldErrors: FieldErrors = {};
    if (data.guardianName.length < 3) fieldErrors.guardianName = ["guardianRequired"];
    if (!data.guardianEmail || data.guardianEmail === principal.email.toLowerCase()) fieldErrors.guardianEmail = ["guardianRequired"];
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  }
  const secret = minor ? await unsubscribeSecret() : "";
  return db.transaction(async (tx) => {
    const found = await offerWithOrganization(tx, data.offerId);
    if (!found) return { ok: false, formError: "notFound" } as const;
    const { offer, organization } = found;
    if (offer.status !== "published") return { ok: false, formError: "offerNotOpen" } as const;
    if (!ageAllowed(age, offer.audiences)) return { ok: false, fieldErrors: { birthDate: ["tooYoung"] } } as const;
    const [row] = await tx
      .insert(volunteerApplications)
      .values({
        offerId: offer.id,
        userId: principal.userId,
        message: data.message,
        minor,
        guardianName: minor ? data.guardianName : null,
        guardianEmail: minor ? data.guardianEmail : null,
        agreementRequested: data.agreementRequested,
        status: minor ? "awaiting_consent" : "submitted",
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) return { ok: false, formError: "alreadyApplied" } as const;
    // the audit keeps no birth date: only whether a guardian had to consent
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.applyToOffer",
      entityType: "volunteer_application",
      entityId: row.id,
      after: { offerId: offer.id, status: row.status, minor },
    });
    const locale = context.locale ?? "pl";
    if (minor) {
      const token = createConsentToken({ applicationId: row.id, guardianEmail: data.guardianEmail }, secret);
      await queueMail(
        tx,
        volunteeringMail(
          "guardianConsent",
          {
            to: data.guardianEmail,
            locale: null,
            name: data.guardianName,
            offer: offer.title,
            organization,
            volunteer: principal.name,
            url: appLink(locale, `/volunteering/consent?token=${token}`),
          },
          locale,
        ),
      );
    } else {
      await queueMail(tx, newApplicationMail(offer, organization, principal.name, locale));
    }
    return { ok: true, value: { id: row.id, awaitingConsent: minor } } as const;
  });
}

/** What the guardian's consent page shows before the guardian confirms (no sign-in: the signed link is the proof). */
export async function consentRequest(db: Db, token: string) {
  const claim = verifyConsentToken(token, await unsubscribeSecret());
  if (!claim) return null;
  const [row] = await db
    .select({
      id: volunteerApplications.id,
      status: volunteerApplications.status,
      guardianEmail: volunteerApplications.guardianEmail,
      guardianName: volunteerApplications.guardianName,
      guardianConsentAt: volunteerApplications.guardianConsentAt,
      volunteer: users.name,
      offer: volunteerOffers.title,
      tasks: volunteerOffers.tasks,
      organization: organizations.name,
    })
    .from(volunteerApplications)
    .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .innerJoin(users, eq(users.id, volunteerApplications.userId))
    .where(eq(volunteerApplications.id, claim.applicationId));
  if (!row || row.guardianEmail !== claim.guardianEmail) return null;
  return row;
}

/** The guardian confirms through the signed link: the application goes to the organization. */
export async function confirmGuardianConsent(
  db: Db,
  _principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
  context: Context = {},
): Promise<CommandResult<{ id: string }>> {
  const parsed = consentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "invalidLink" };
  const claim = verifyConsentToken(parsed.data.token, await unsubscribeSecret());
  if (!claim) return { ok: false, formError: "invalidLink" };
  return db.transaction(async (tx) => {
    const [app] = await tx.select().from(volunteerApplications).where(eq(volunteerApplications.id, claim.applicationId)).for("update");
    if (!app || app.guardianEmail !== claim.guardianEmail) return { ok: false, formError: "invalidLink" } as const;
    if (app.status !== "awaiting_consent") return { ok: true, value: { id: app.id } } as const;
    await tx.update(volunteerApplications).set({ status: "submitted", guardianConsentAt: now }).where(eq(volunteerApplications.id, app.id));
    await recordAudit(tx, {
      actor: null,
      action: "volunteering.guardianConsent",
      entityType: "volunteer_application",
      entityId: app.id,
      before: { status: app.status },
      after: { status: "submitted", consentBy: "guardian" },
    });
    const found = await offerWithOrganization(tx, app.offerId);
    const [volunteer] = await tx.select({ name: users.name }).from(users).where(eq(users.id, app.userId));
    if (found) await queueMail(tx, newApplicationMail(found.offer, found.organization, volunteer?.name ?? "", context.locale ?? "pl"));
    return { ok: true, value: { id: app.id } } as const;
  });
}

async function applicationForUpdate(tx: Tx, applicationId: string) {
  const [row] = await tx
    .select({
      app: volunteerApplications,
      offer: volunteerOffers,
      organization: organizations.name,
      volunteer: { name: users.name, email: users.email, locale: users.locale },
    })
    .from(volunteerApplications)
    .innerJoin(volunteerOffers, eq(volunteerOffers.id, volunteerApplications.offerId))
    .innerJoin(organizations, eq(organizations.id, volunteerOffers.organizationId))
    .innerJoin(users, eq(users.id, volunteerApplications.userId))
    .where(eq(volunteerApplications.id, applicationId))
    .for("update", { of: volunteerApplications });
  return row ?? null;
}

type Found = NonNullable<Awaited<ReturnType<typeof applicationForUpdate>>>;

/** The organization's side of an application: authorized against the offer's organization; awaiting consent is "not found" to it. */
async function asOrganization(
  tx: Tx,
  principal: Principal,
  applicationId: string,
  operation: "volunteering.applications.decide" | "volunteering.engagement.manage",
) {
  const row = await applicationForUpdate(tx, applicationId);
  if (!row) return null;
  authorize(principal, operation, { organizationId: row.offer.organizationId });
  if (row.app.status === "awaiting_consent") return null;
  return row;
}

/** The volunteer's own application; anyone else's is "not found". */
async function asVolunteer(tx: Tx, principal: Principal, applicationId: string) {
  const row = await applicationForUpdate(tx, applicationId);
  if (!row || !can(principal, "volunteering.engagement.own", { userId: row.app.userId })) return null;
  return row;
}

function mailToVolunteer(
  row: Found,
  kind: "decided" | "agreementIssued" | "certificateIssued",
  extra: { status?: string; message?: string } = {},
) {
  return volunteeringMail(kind, {
    to: row.volunteer.email,
    locale: row.volunteer.locale,
    name: row.volunteer.name,
    offer: row.offer.title,
    organization: row.organization,
    path: `/account/volunteering/engagements/${row.app.id}`,
    ...extra,
  });
}

/** The organization accepts, declines or holds an application, with a message to the volunteer. */
export async function decideApplication(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const parsed = decideSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { applicationId, decision, message } = parsed.data;
  return db.transaction(async (tx) => {
    const row = await asOrganization(tx, principal, applicationId, "volunteering.applications.decide");
    if (!row) return { ok: false, formError: "notFound" } as const;
    if (!decisionAllowed(row.app.status, decision)) return { ok: false, formError: "alreadyDecided" } as const;
    await tx
      .update(volunteerApplications)
      .set({ status: decision, decisionMessage: message || null, decidedAt: now, decidedBy: principal.userId })
      .where(eq(volunteerApplications.id, row.app.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.decide",
      entityType: "volunteer_application",
      entityId: row.app.id,
      before: { status: row.app.status },
      after: { status: decision, message },
    });
    await queueMail(tx, mailToVolunteer(row, "decided", { status: decision, message }));
    return { ok: true, value: { id: row.app.id } } as const;
  });
}

/** The volunteer withdraws an application not yet accepted. */
export async function withdrawApplication(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.apply");
  const parsed = applicationIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const row = await asVolunteer(tx, principal, parsed.data.applicationId);
    if (!row) return { ok: false, formError: "notFound" } as const;
    if (!["awaiting_consent", "submitted", "on_hold"].includes(row.app.status)) return { ok: false, formError: "alreadyDecided" } as const;
    await tx.update(volunteerApplications).set({ status: "withdrawn" }).where(eq(volunteerApplications.id, row.app.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.withdraw",
      entityType: "volunteer_application",
      entityId: row.app.id,
      before: { status: row.app.status },
      after: { status: "withdrawn" },
    });
    return { ok: true, value: { id: row.app.id } } as const;
  });
}

/**
 * The organization generates (or, until the volunteer confirms, corrects) the agreement of an
 * accepted engagement. Insurance against accidents must be stated for an engagement up to 30 days
 * (art. 46 ust. 4).
 */
export async function issueAgreement(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const parsed = agreementSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { applicationId, ...terms } = parsed.data;
  if (insuranceRequired(terms) && terms.insurance.length < 5) return { ok: false, fieldErrors: { insurance: ["insuranceRequired"] } };
  return db.transaction(async (tx) => {
    const row = await asOrganization(tx, principal, applicationId, "volunteering.engagement.manage");
    if (!row) return { ok: false, formError: "notFound" } as const;
    if (row.app.status !== "accepted") return { ok: false, formError: "notAccepted" } as const;
    const [existing] = await tx.select().from(volunteerAgreements).where(eq(volunteerAgreements.applicationId, row.app.id));
    if (existing?.confirmedAt) return { ok: false, formError: "agreementConfirmed" } as const;
    const [agreement] = existing
      ? await tx.update(volunteerAgreements).set(terms).where(eq(volunteerAgreements.id, existing.id)).returning()
      : await tx
          .insert(volunteerAgreements)
          .values({ ...terms, applicationId: row.app.id, createdBy: principal.userId })
          .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.issueAgreement",
      entityType: "volunteer_agreement",
      entityId: agreement.id,
      before: existing ?? undefined,
      after: agreement,
    });
    await queueMail(tx, mailToVolunteer(row, "agreementIssued"));
    return { ok: true, value: { id: agreement.id } } as const;
  });
}

/** The volunteer confirms the agreement (only their own; once). */
export async function confirmAgreement(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.apply");
  const parsed = applicationIdSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const row = await asVolunteer(tx, principal, parsed.data.applicationId);
    if (!row) return { ok: false, formError: "notFound" } as const;
    const [agreement] = await tx.select().from(volunteerAgreements).where(eq(volunteerAgreements.applicationId, row.app.id)).for("update");
    if (!agreement) return { ok: false, formError: "notFound" } as const;
    if (agreement.confirmedAt) return { ok: true, value: { id: agreement.id } } as const;
    await tx.update(volunteerAgreements).set({ confirmedAt: now }).where(eq(volunteerAgreements.id, agreement.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.confirmAgreement",
      entityType: "volunteer_agreement",
      entityId: agreement.id,
      after: { confirmedAt: now.toISOString() },
    });
    return { ok: true, value: { id: agreement.id } } as const;
  });
}

/**
 * Hours of an accepted engagement. The volunteer logs them (they wait for the organization's
 * approval); a representative of the organization records them (approved at once). A volunteer
 * who also represents the organization logs as the volunteer: their own hours always wait.
 */
export async function logHours(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string; status: "pending" | "approved" }>> {
  authorize(principal, "volunteering.apply");
  const parsed = hoursSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const minutes = parseHours(parsed.data.hours);
  if (minutes === null) return { ok: false, fieldErrors: { hours: ["hoursInvalid"] } };
  if (parsed.data.day > warsawToday(now)) return { ok: false, fieldErrors: { day: ["dayInFuture"] } };
  return db.transaction(async (tx) => {
    const row = await applicationForUpdate(tx, parsed.data.applicationId);
    if (!row) return { ok: false, formError: "notFound" } as const;
    const own = row.app.userId === principal.userId;
    if (!own) authorize(principal, "volunteering.engagement.manage", { organizationId: row.offer.organizationId });
    if (row.app.status !== "accepted") return { ok: false, formError: "notAccepted" } as const;
    const status = own ? ("pending" as const) : ("approved" as const);
    const [entry] = await tx
      .insert(volunteerHours)
      .values({
        applicationId: row.app.id,
        day: parsed.data.day,
        minutes,
        description: parsed.data.description,
        loggedBy: principal.userId,
        status,
        approvedBy: own ? null : principal.userId,
        approvedAt: own ? null : now,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.logHours",
      entityType: "volunteer_hours",
      entityId: entry.id,
      after: { applicationId: row.app.id, day: entry.day, minutes, status },
    });
    return { ok: true, value: { id: entry.id, status } } as const;
  });
}

/** The organization approves or rejects hours the volunteer logged; nobody ever approves their own. */
export async function decideHours(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "volunteering.apply");
  const parsed = hoursDecisionSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(volunteerHours).where(eq(volunteerHours.id, parsed.data.hoursId)).for("update");
    if (!entry) return { ok: false, formError: "notFound" } as const;
    const row = await applicationForUpdate(tx, entry.applicationId);
    if (!row) return { ok: false, formError: "notFound" } as const;
    authorize(principal, "volunteering.engagement.manage", { organizationId: row.offer.organizationId });
    // the volunteer (or whoever logged the entry) never approves it, even as a representative
    if (row.app.userId === principal.userId || entry.loggedBy === principal.userId)
      throw new ForbiddenError("volunteering.engagement.manage", "forbidden");
    if (entry.status !== "pending") return { ok: false, formError: "alreadyDecided" } as const;
    await tx
      .update(volunteerHours)
      .set({ status: parsed.data.decision, approvedBy: principal.userId, approvedAt: now })
      .where(eq(volunteerHours.id, entry.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.decideHours",
      entityType: "volunteer_hours",
      entityId: entry.id,
      before: { status: entry.status },
      after: { status: parsed.data.decision },
    });
    return { ok: true, value: { id: entry.id } } as const;
  });
}

/**
 * The certificate (art. 44 ust. 4) of an engagement with approved hours: what it states is frozen
 * with a verification code anyone can check; an opinion may be added.
 */
export async function issueCertificate(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string; code: string }>> {
  authorize(principal, "volunteering.offer.listMine");
  const parsed = certificateSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const row = await asOrganization(tx, principal, parsed.data.applicationId, "volunteering.engagement.manage");
    if (!row) return { ok: false, formError: "notFound" } as const;
    if (row.app.status !== "accepted") return { ok: false, formError: "notAccepted" } as const;
    const [existing] = await tx
      .select({ id: volunteerCertificates.id })
      .from(volunteerCertificates)
      .where(eq(volunteerCertificates.applicationId, row.app.id));
    if (existing) return { ok: false, formError: "certificateExists" } as const;
    const entries = await tx
      .select({ minutes: volunteerHours.minutes, status: volunteerHours.status, day: volunteerHours.day })
      .from(volunteerHours)
      .where(eq(volunteerHours.applicationId, row.app.id));
    const total = approvedMinutes(entries);
    if (total === 0) return { ok: false, formError: "noApprovedHours" } as const;
    const days = entries
      .filter((e) => e.status === "approved")
      .map((e) => e.day)
      .sort();
    const [agreement] = await tx.select().from(volunteerAgreements).where(eq(volunteerAgreements.applicationId, row.app.id));
    let code = certificateCode(randomBytes(11));
    for (let i = 0; i < 5; i++) {
      const [taken] = await tx
        .select({ id: volunteerCertificates.id })
        .from(volunteerCertificates)
        .where(eq(volunteerCertificates.code, code));
      if (!taken) break;
      code = certificateCode(randomBytes(11));
    }
    const [certificate] = await tx
      .insert(volunteerCertificates)
      .values({
        applicationId: row.app.id,
        code,
        volunteerName: row.volunteer.name,
        organizationName: row.organization,
        offerTitle: row.offer.title,
        tasks: agreement?.scope ?? row.offer.tasks,
        fromDate: agreement && agreement.startDate < days[0] ? agreement.startDate : days[0],
        toDate: days[days.length - 1],
        totalMinutes: total,
        opinion: parsed.data.opinion || null,
        issuedBy: principal.userId,
        issuedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "volunteering.issueCertificate",
      entityType: "volunteer_certificate",
      entityId: certificate.id,
      after: { code, totalMinutes: total, applicationId: row.app.id },
    });
    await queueMail(tx, mailToVolunteer(row, "certificateIssued"));
    return { ok: true, value: { id: certificate.id, code } } as const;
  });
}

/**
 * Job `volunteering.agreementReminders` (daily): a confirmed agreement ending within 7 days
 * reminds the volunteer and the offer's contact, once (the row is marked in the same transaction).
 */
export async function sendAgreementReminders(db: Db, now: Date, actor: SystemActor): Promise<number> {
  const today = warsawToday(now);
  const due = await db
    .select({ id: volunteerAgreements.id })
    .from(volunteerAgreements)
    .where(
      and(
        isNotNull(volunteerAgreements.confirmedAt),
        isNull(volunteerAgreements.reminderSentAt),
        gte(volunteerAgreements.endDate, today),
        lte(volunteerAgreements.endDate, addDays(today, AGREEMENT_REMINDER_DAYS)),
      ),
    );
  let sent = 0;
  for (const { id } of due) {
    const done = await db.transaction(async (tx) => {
      const [agreement] = await tx.select().from(volunteerAgreements).where(eq(volunteerAgreements.id, id)).for("update");
      if (!agreement || agreement.reminderSentAt || !agreementReminderDue(agreement.endDate, today)) return false;
      const row = await applicationForUpdate(tx, agreement.applicationId);
      if (!row) return false;
      await tx.update(volunteerAgreements).set({ reminderSentAt: now }).where(eq(volunteerAgreements.id, id));
      const common = { offer: row.offer.title, organization: row.organization, volunteer: row.volunteer.name, endDate: agreement.endDate };
      await queueMail(
        tx,
        volunteeringMail("agreementEnding", {
          ...common,
          to: row.volunteer.email,
          locale: row.volunteer.locale,
          name: row.volunteer.name,
          path: `/account/volunteering/engagements/${row.app.id}`,
        }),
      );
      await queueMail(
        tx,
        volunteeringMail("agreementEnding", {
          ...common,
          to: row.offer.contactEmail,
          locale: null,
          name: row.offer.contactName,
          path: `/account/volunteering/engagements/${row.app.id}`,
        }),
      );
      await recordAudit(tx, {
        actor,
        action: "volunteering.remindAgreement",
        entityType: "volunteer_agreement",
        entityId: id,
        after: { endDate: agreement.endDate },
      });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}
