import "server-only";
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { contractParties, contractReports, contracts, reportReminders } from "@/lib/db/schema";
import { recordAudit, systemActor } from "@/lib/audit/record";
import { formatDate } from "@/lib/i18n/format";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { ensureAllRunning } from "./ensure";
import { appLink } from "@/lib/mail/links";
import { mailParties } from "../mail";
import { reportSettings } from "../settings";
import type { ReportReminderKind } from "@/lib/db/schema";

/**
 * Reminders about reports still with the organization: one `remindDaysBefore` days before the due
 * date (from then until the due day) and one from `remindDaysAfter` days after it. Each kind is sent
 * once per report and due date (report_reminders), so running the job again sends nothing twice.
 * The `reports.remind` job runs it daily (lib/jobs/registry.ts).
 */
export async function sendReportReminders(db: Db, now = new Date()) {
  await ensureAllRunning(db);
  const today = warsawToday(now);
  const row = {
    id: contractReports.id,
    kind: contractReports.kind,
    year: contractReports.year,
    dueDate: contractReports.dueDate,
    contractId: contracts.id,
    number: contracts.number,
    title: contracts.title,
  };
  const base = and(inArray(contractReports.status, ["due", "draft", "returned"]), inArray(contracts.status, ["signed", "in_progress"]));
  return db.transaction(async (tx) => {
    const [soon, late] = await Promise.all([
      tx
        .select(row)
        .from(contractReports)
        .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
        .where(
          and(base, gte(contractReports.dueDate, today), lte(contractReports.dueDate, addDays(today, reportSettings.remindDaysBefore))),
        ),
      tx
        .select(row)
        .from(contractReports)
        .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
        .where(and(base, lte(contractReports.dueDate, addDays(today, -reportSettings.remindDaysAfter)))),
    ]);
    let reminders = 0;
    let mails = 0;
    const reminded: { reportId: string; kind: ReportReminderKind }[] = [];
    const send = async (report: (typeof soon)[number], kind: ReportReminderKind) => {
      const [fresh] = await tx
        .insert(reportReminders)
        .values({ reportId: report.id, kind, dueDate: report.dueDate, sentAt: now })
        .onConflictDoNothing()
        .returning({ reportId: reportReminders.reportId });
      if (!fresh) return;
      const parties = await tx
        .select({ id: contractParties.organizationId })
        .from(contractParties)
        .where(eq(contractParties.contractId, report.contractId));
      const sent = await mailParties(
        tx,
        parties.map((p) => p.id),
        `report_reminder_${kind}`,
        (t, locale, r) => ({
          subject: t(`reports.mail.reminder.${kind}.subject`, { number: report.number }),
          text: t(`reports.mail.reminder.${kind}.body`, {
            name: r.name,
            kind: t(`reports.kinds.${report.kind}`),
            year: report.year,
            number: report.number,
            title: report.title,
            due: formatDate(warsawToInstant(report.dueDate, "12:00"), locale),
            url: appLink(locale, `/account/contracts/${report.contractId}/reports/${report.id}`),
          }),
        }),
      );
      await tx
        .update(reportReminders)
        .set({ recipients: sent })
        .where(and(eq(reportReminders.reportId, report.id), eq(reportReminders.kind, kind), eq(reportReminders.dueDate, report.dueDate)));
      reminders++;
      mails += sent;
      reminded.push({ reportId: report.id, kind });
    };
    for (const report of soon) await send(report, "before");
    for (const report of late) await send(report, "after");
    if (reminders > 0)
      await recordAudit(tx, {
        actor: systemActor("reports.remind"),
        action: "report.sendReminders",
        entityType: "report_reminders",
        entityId: today,
        after: { reminders, mails },
      });
    return { day: today, reminders, mails, reminded };
  });
}
