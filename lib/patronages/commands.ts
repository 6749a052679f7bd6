import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { users } from "@/lib/db/schema/accounts";
import { patronageApplications } from "@/lib/db/schema/patronages";
import { actorOf, recordAudit, type SystemActor } from "@/lib/audit/record";
import { authorize, can, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { queueMail } from "@/lib/mail/outbox";
import { warsawToday } from "@/lib/dates/warsaw";
import { patronageMail } from "./mail";
import { inTimeToApply, patronageSteps, reportDueOn, reportStanding } from "./rules";
import { answerSchema, applicationSchema, decisionSchema, infoRequestSchema, reportSchema } from "./schemas";

type Application = typeof patronageApplications.$inferSelect;

/** Anyone with an account applies for an event at least the notice's days ahead (Warsaw days). */
export async function applyForPatronage(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "patronage.apply");
  const parsed = applicationSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  if (!inTimeToApply(parsed.data.startsOn, now)) return { ok: false, fieldErrors: { startsOn: ["tooLate"] } };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patronageApplications)
      .values({ ...parsed.data, applicantId: principal.userId, submittedAt: now, createdAt: now })
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "patronage.apply",
      entityType: "patronage_application",
      entityId: row.id,
      after: { eventName: row.eventName, requestType: row.requestType, startsOn: row.startsOn },
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

async function lockApplication(tx: Tx, id: string) {
  const [row] = await tx.select().from(patronageApplications).where(eq(patronageApplications.id, id)).for("update");
  return row ?? null;
}

async function mailApplicant(tx: Tx, application: Application, kind: Parameters<typeof patronageMail>[0]["kind"]) {
  if (!application.applicantId) return;
  const [applicant] = await tx
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.id, application.applicantId));
  if (!applicant) return;
  await queueMail(tx, patronageMail({ kind, to: applicant.email, locale: applicant.locale, application }));
}

/** Staff ask the applicant for more information; the application waits for the answer. */
export async function requestPatronageInfo(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "patronage.decide");
  const parsed = infoRequestSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { applicationId, question } = parsed.data;
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId);
    if (!application) return { ok: false, formError: "notFound" } as const;
    if (!patronageSteps.canDecide(application.status)) return { ok: false, formError: "alreadyDecided" } as const;
    const [after] = await tx
      .update(patronageApplications)
      .set({ status: "info_requested", infoRequest: question, infoAnswer: null })
      .where(and(eq(patronageApplications.id, applicationId), eq(patronageApplications.status, "submitted")))
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "patronage.requestInfo",
      entityType: "patronage_application",
      entityId: applicationId,
      before: { status: application.status },
      after: { status: after.status, infoRequest: question },
    });
    await mailApplicant(tx, after, "infoRequested");
    return { ok: true, value: { id: applicationId } } as const;
  });
}

/** The applicant answers the question; the application is submitted again. Someone else's is "not found". */
export async function answerPatronageInfo(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "patronage.apply");
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { applicationId, answer } = parsed.data;
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId);
    if (!application || application.applicantId !== principal.userId) return { ok: false, formError: "notFound" } as const;
    if (!patronageSteps.canAnswer(application.status)) return { ok: false, formError: "notAsked" } as const;
    await tx
      .update(patronageApplications)
      .set({ status: "submitted", infoAnswer: answer, submittedAt: now })
      .where(eq(patronageApplications.id, applicationId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "patronage.answer",
      entityType: "patronage_application",
      entityId: applicationId,
      before: { status: application.status },
      after: { status: "submitted", infoAnswer: answer },
    });
    return { ok: true, value: { id: applicationId } } as const;
  });
}

/** Staff grant (with the terms of using the city's logo) or refuse (with the reason); the applicant is mailed. */
export async function decidePatronage(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ decision: "grant" | "refuse" }>> {
  authorize(principal, "patronage.decide");
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const d = parsed.data;
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, d.applicationId);
    if (!application) return { ok: false, formError: "notFound" } as const;
    if (!patronageSteps.canDecide(application.status)) return { ok: false, formError: "alreadyDecided" } as const;
    const change =
      d.decision === "grant"
        ? { status: "granted" as const, logoTerms: d.logoTerms, reportDueOn: reportDueOn(application.endsOn) }
        : { status: "refused" as const, refusalReason: d.reason };
    const [after] = await tx
      .update(patronageApplications)
      .set({ ...change, decidedAt: now, decidedBy: principal.userId })
      .where(and(eq(patronageApplications.id, application.id), eq(patronageApplications.status, "submitted")))
      .returning();
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: d.decision === "grant" ? "patronage.grant" : "patronage.refuse",
      entityType: "patronage_application",
      entityId: application.id,
      before: { status: application.status },
      after: change,
    });
    await mailApplicant(tx, after, d.decision === "grant" ? "granted" : "refused");
    return { ok: true, value: { decision: d.decision } } as const;
  });
}

/** After the event the applicant reports: participants, how the patronage was shown, photo links. */
export async function reportPatronage(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "patronage.apply");
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const r = parsed.data;
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, r.applicationId);
    if (!application || application.applicantId !== principal.userId) return { ok: false, formError: "notFound" } as const;
    if (application.status === "reported") return { ok: false, formError: "alreadyReported" } as const;
    if (!patronageSteps.canReport(application.status, application.endsOn, warsawToday(now)))
      return { ok: false, formError: "reportNotYet" } as const;
    const change = { reportParticipants: r.participants, reportShown: r.shown, reportPhotoLinks: r.photoLinks };
    await tx
      .update(patronageApplications)
      .set({ ...change, status: "reported", reportedAt: now })
      .where(eq(patronageApplications.id, r.applicationId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "patronage.report",
      entityType: "patronage_application",
      entityId: r.applicationId,
      before: { status: application.status },
      after: { status: "reported", ...change },
    });
    return { ok: true, value: { id: r.applicationId } } as const;
  });
}

/** Whether the principal may see an application (staff, or the applicant). */
export function canSeePatronage(principal: Principal | null, application: { applicantId: string | null }): boolean {
  return can(principal, "patronage.view", { userId: application.applicantId ?? undefined });
}

/**
 * The reminder job's work: once an event under patronage is over, its applicant is reminded of the
 * report once; after the report's last day the application is marked overdue (once) and the
 * applicant told. Each row is re-read under lock, so a second run or a second runner changes nothing.
 */
export async function remindPatronageReports(db: Db, now: Date, actor: SystemActor): Promise<{ reminders: number; flagged: number }> {
  const today = warsawToday(now);
  const owed = await db
    .select({ id: patronageApplications.id })
    .from(patronageApplications)
    .where(
      and(
        eq(patronageApplications.status, "granted"),
        lt(patronageApplications.endsOn, today),
        or(
          isNull(patronageApplications.reportRemindedAt),
          and(lt(patronageApplications.reportDueOn, today), isNull(patronageApplications.reportOverdueAt)),
        ),
      ),
    );
  let reminders = 0;
  let flagged = 0;
  for (const { id } of owed) {
    await db.transaction(async (tx) => {
      const a = await lockApplication(tx, id);
      if (!a || a.status !== "granted") return;
      const standing = reportStanding(a, today);
      if (standing === "overdue" && !a.reportOverdueAt) {
        const [after] = await tx
          .update(patronageApplications)
          .set({ reportOverdueAt: now, reportRemindedAt: a.reportRemindedAt ?? now })
          .where(eq(patronageApplications.id, id))
          .returning();
        await recordAudit(tx, { actor, action: "patronage.markOverdue", entityType: "patronage_application", entityId: id });
        await mailApplicant(tx, after, "reportOverdue");
        flagged++;
      } else if (standing === "due" && !a.reportRemindedAt) {
        const [after] = await tx
          .update(patronageApplications)
          .set({ reportRemindedAt: now })
          .where(eq(patronageApplications.id, id))
          .returning();
        await mailApplicant(tx, after, "reportDue");
        reminders++;
      }
    });
  }
  return { reminders, flagged };
}
