import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { contractReports, contracts, reportRounds } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { formatMoney } from "@/lib/i18n/format";
import { peekReport } from "../queries";
import { openRound } from "./submit";
import { isPartyMember } from "../context";
import { appLink } from "@/lib/mail/links";
import { mailParties } from "../mail";
import { settleContract, type ContractSettlement } from "./settle";

const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), remarks: z.string().trim().max(4000, "errors.tooLong").optional() }),
  z.object({ decision: z.literal("return"), remarks: z.string().trim().min(1, "errors.remarksRequired").max(4000, "errors.tooLong") }),
]);

type DecideResult = CommandResult<{ decision: "accept" | "return"; settlement: ContractSettlement | null }>;

/**
 * The administrator accepts a submitted report or returns it with remarks (the round keeps both).
 * Nobody decides on a report of an organization they belong to: an administrator who is a member of
 * a party is refused ("ownReport"), an organization member without the admin role is forbidden.
 * Accepting the final report settles the grant (./settlement.ts).
 */
export async function decideReport(
  db: Db,
  principal: Principal | null,
  input: { reportId?: unknown; decision?: unknown; remarks?: unknown },
  now = new Date(),
): Promise<DecideResult> {
  authorize(principal, "report.decide");
  const parsed = decisionSchema.safeParse({
    decision: input.decision,
    remarks: typeof input.remarks === "string" ? input.remarks : undefined,
  });
  if (!parsed.success) return refusalOf(parsed.error);
  const peek = await peekReport(db, input.reportId);
  if (!peek) return { ok: false, formError: "notFound" };
  if (isPartyMember(principal, peek.partyIds)) return { ok: false, formError: "ownReport" };
  const { decision, remarks } = parsed.data;
  return db.transaction(async (tx): Promise<DecideResult> => {
    const [report] = await tx.select().from(contractReports).where(eq(contractReports.id, peek.report.id)).for("update");
    const round = await openRound(tx, report.id);
    if (report.status !== "submitted" || !round) return { ok: false, formError: "reportNotSubmitted" };
    const [contract] = await tx.select().from(contracts).where(eq(contracts.id, report.contractId)).for("update");
    if (report.kind === "final" && decision === "accept" && !["signed", "in_progress"].includes(contract.status))
      return { ok: false, formError: "contractNotRunning" };
    await tx
      .update(reportRounds)
      .set({
        decision: decision === "accept" ? "accepted" : "returned",
        remarks: remarks || null,
        decidedBy: principal.userId,
        decidedAt: now,
      })
      .where(and(eq(reportRounds.reportId, report.id), eq(reportRounds.round, round.round)));
    await tx
      .update(contractReports)
      .set(
        decision === "accept"
          ? { status: "accepted", acceptedAt: now, acceptedBy: principal.userId, updatedAt: now }
          : { status: "returned", updatedAt: now },
      )
      .where(eq(contractReports.id, report.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: decision === "accept" ? "report.accept" : "report.return",
      entityType: "report",
      entityId: report.id,
      before: { status: "submitted", round: round.round },
      after: { status: decision === "accept" ? "accepted" : "returned", remarks: remarks || null },
    });
    const settlement =
      decision === "accept" && report.kind === "final" ? await settleContract(tx, principal, contract.id, report.id, now) : null;
    const path = `/account/contracts/${contract.id}/reports/${report.id}`;
    await mailParties(tx, peek.partyIds, `report_${decision}`, (t, locale, r) => ({
      subject: t(`reports.mail.${decision}.subject`, { number: contract.number }),
      text: [
        t(`reports.mail.${decision}.body`, {
          name: r.name,
          number: contract.number,
          title: contract.title,
          kind: t(`reports.kinds.${report.kind}`),
          year: report.year,
          remarks: remarks || "—",
          url: appLink(locale, path),
        }),
        ...(settlement?.returns ?? []).map((r) =>
          t(`reports.mail.grantReturn.${r.kind}`, { amount: formatMoney(r.amountGrosze, locale), year: r.year, deadline: r.dueDate }),
        ),
      ]
        .filter(Boolean)
        .join("\n\n"),
    }));
    return { ok: true, value: { decision, settlement } };
  });
}
