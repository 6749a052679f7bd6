import { randomBytes } from "node:crypto";
import { and, eq, gte, isNotNull, isNull, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { volunteerAgreements, volunteerCertificates, volunteerHours } from "@/lib/db/schema/volunteering";
import { actorOf, recordAudit, type SystemActor } from "@/lib/audit/record";
import { authorize, ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { queueMail } from "@/lib/mail/outbox";
import { volunteeringMail } from "../mail";
import { agreementReminderDue, approvedMinutes, certificateCode, insuranceRequired, parseHours, AGREEMENT_REMINDER_DAYS } from "../rules";
import { agreementSchema, applicationIdSchema, certificateSchema, hoursDecisionSchema, hoursSchema } from "../schemas";

import { applicationForUpdate, asOrganization, asVolunteer, mailToVolunteer } from "./access";

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
