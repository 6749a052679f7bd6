import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { contractReports, contracts } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { isIsoDate, warsawToInstant } from "@/lib/dates/warsaw";
import { formatDate } from "@/lib/i18n/format";
import { partiesOf } from "../context";
import { addDays, warsawToday } from "@/lib/dates/warsaw";
import { ensureReportsFor } from "./ensure";
import { reportSettings } from "../settings";
import { appLink } from "@/lib/mail/links";
import { mailParties } from "../mail";
import { idSchema } from "@/lib/core/ids";

const isoDate = z.string().refine(isIsoDate, "errors.invalidDate");
const requestSchema = z.object({ contractId: idSchema, periodEnd: isoDate, dueDate: isoDate });

/**
 * "When the contract asks": the administrator asks for a partial report over the period up to
 * `periodEnd` (within the task, one partial report per budget year), due on `dueDate`. The period
 * starts the day after the previous partial report's period, or when the task starts. The organization
 * gets at least 30 days from the request (framework contract; lib/reports/settings.ts).
 */
export async function requestPartialReport(
  db: Db,
  principal: Principal | null,
  input: { contractId?: unknown; periodEnd?: unknown; dueDate?: unknown },
  now = new Date(),
): Promise<CommandResult<{ reportId: string }>> {
  authorize(principal, "report.request");
  const parsed = requestSchema.safeParse({
    contractId: input.contractId,
    periodEnd: String(input.periodEnd ?? ""),
    dueDate: String(input.dueDate ?? ""),
  });
  if (!parsed.success) return refusalOf(parsed.error);
  const { contractId, periodEnd, dueDate } = parsed.data;
  if (dueDate < periodEnd) return { ok: false, fieldErrors: { dueDate: ["dueBeforePeriodEnd"] } };
  if (dueDate < warsawToday(now)) return { ok: false, fieldErrors: { dueDate: ["dueInPast"] } };
  if (dueDate < addDays(warsawToday(now), reportSettings.requestedPartialMinimumDays))
    return { ok: false, fieldErrors: { dueDate: ["dueWithin30Days"] } };
  return db.transaction(async (tx) => {
    const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId)).for("update");
    if (!contract) return { ok: false, formError: "notFound" } as const;
    if (!["signed", "in_progress"].includes(contract.status)) return { ok: false, formError: "contractNotRunning" } as const;
    if (periodEnd < contract.startDate || periodEnd >= contract.endDate)
      return { ok: false, fieldErrors: { periodEnd: ["periodOutsideTask"] } } as const;
    await ensureReportsFor(tx, contractId);
    const year = Number(periodEnd.slice(0, 4));
    const [previous] = await tx
      .select({ year: contractReports.year, periodEnd: contractReports.periodEnd })
      .from(contractReports)
      .where(and(eq(contractReports.contractId, contractId), eq(contractReports.kind, "partial")))
      .orderBy(desc(contractReports.periodEnd));
    if (previous && (previous.year === year || previous.periodEnd >= periodEnd))
      return { ok: false, fieldErrors: { periodEnd: ["partialExists"] } } as const;
    const periodStart = previous ? addDays(previous.periodEnd, 1) : contract.startDate;
    const [row] = await tx
      .insert(contractReports)
      .values({ contractId, kind: "partial", year, periodStart, periodEnd, dueDate })
      .returning({ id: contractReports.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "report.request",
      entityType: "report",
      entityId: row.id,
      after: { contractId, kind: "partial", year, periodStart, periodEnd, dueDate },
    });
    const parties = await partiesOf(tx, contractId);
    await mailParties(
      tx,
      parties.map((p) => p.id),
      "report_requested",
      (t, locale, r) => ({
        subject: t("reports.mail.requested.subject", { number: contract.number }),
        text: t("reports.mail.requested.body", {
          name: r.name,
          number: contract.number,
          title: contract.title,
          due: formatDate(warsawToInstant(dueDate, "12:00"), locale),
          url: appLink(locale, `/account/contracts/${contractId}/reports/${row.id}`),
        }),
      }),
    );
    return { ok: true, value: { reportId: row.id } } as const;
  });
}
