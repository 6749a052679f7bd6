import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { organizations } from "@/lib/db/schema/organizations";
import { volunteerApplications, volunteerOffers } from "@/lib/db/schema/volunteering";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { warsawToday } from "@/lib/dates/warsaw";
import { refusalOf, type CommandResult, type FieldErrors } from "@/lib/forms/result";
import type { Locale } from "@/lib/i18n/routing";
import { appLink } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { unsubscribeSecret } from "@/lib/notifications/tokens";
import { createConsentToken, verifyConsentToken } from "../consent";
import { volunteeringMail } from "../mail";
import { ageAllowed, ageOn, decisionAllowed, needsGuardianConsent } from "../rules";
import { applicationIdSchema, applySchema, consentSchema, decideSchema } from "../schemas";

import type { Context } from "./offers";
import { asOrganization, asVolunteer, mailToVolunteer } from "./access";

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
