import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { contractReports, reportRounds } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { CommandResult } from "@/lib/forms/result";
import { normalizeReportContent, type ReportContent } from "../content";
import { loadContract, partyResource, periodOf } from "../context";
import { peekReport } from "../queries";
import { reportEditable, reportIssues, type ReportIssue } from "../rules";
import { normalizeSimplifiedReport, reportFormOf, simplifiedReportIssues, type SimplifiedReportContent } from "../simplified";

/** Reports are written while the contract runs (signed or in progress). */
const writableContract = (status: string) => status === "signed" || status === "in_progress";

async function lockReport(tx: Tx, id: string) {
  const [row] = await tx.select().from(contractReports).where(eq(contractReports.id, id)).for("update");
  return row;
}

/**
 * The content on the contract's form (full or simplified, ./simplified.ts), keeping only the cost
 * lines or budget years of the report's period (from the contract, never from the form).
 */
async function cleanContent(
  tx: Tx,
  report: { contractId: string; kind: "partial" | "final"; year: number },
  input: unknown,
): Promise<ReportContent | SimplifiedReportContent> {
  const loaded = await loadContract(tx, report.contractId);
  if (loaded && reportFormOf(loaded.contract) === "simplified") return normalizeSimplifiedReport(input, periodOf(loaded, report).years);
  const content = normalizeReportContent(input);
  const ids = new Set(loaded ? periodOf(loaded, report).lines.map((l) => l.id) : []);
  content.costs.lines = content.costs.lines.filter((l) => ids.has(l.lineId));
  return content;
}

type SaveInput = { reportId?: unknown; version?: unknown; content?: unknown };

/**
 * Autosave with an optimistic version: the browser sends the version it last saw; a save on top of
 * a newer version (another tab, a colleague) is refused with "staleVersion" instead of overwriting.
 */
export async function saveReportDraft(
  db: Db,
  principal: Principal | null,
  input: SaveInput,
  now = new Date(),
): Promise<CommandResult<{ version: number; savedAt: Date }>> {
  if (!principal) authorize(principal, "report.write");
  const peek = await peekReport(db, input.reportId);
  if (!peek) return { ok: false, formError: "notFound" };
  authorize(principal, "report.write", partyResource(principal, peek.partyIds));
  return db.transaction(async (tx) => {
    const report = await lockReport(tx, peek.report.id);
    if (!reportEditable(report.status) || !writableContract(peek.contractStatus))
      return { ok: false, formError: "reportNotEditable" } as const;
    if (input.version !== undefined && Number(input.version) !== report.version) return { ok: false, formError: "staleVersion" } as const;
    const content = await cleanContent(tx, report, input.content);
    const version = report.version + 1;
    await tx
      .update(contractReports)
      .set({ content, version, status: report.status === "due" ? "draft" : report.status, updatedAt: now })
      .where(eq(contractReports.id, report.id));
    return { ok: true, value: { version, savedAt: now } } as const;
  });
}

export type SubmitReportResult = CommandResult<{ round: number; version: number }> & { issues?: ReportIssue[]; version?: number };

/**
 * Submits a report: what was typed is saved first (a refused submission keeps it), then checked
 * against the form's rules; a complete report is frozen as a new round for the city to decide.
 */
export async function submitReport(db: Db, principal: Principal | null, input: SaveInput, now = new Date()): Promise<SubmitReportResult> {
  if (!principal) authorize(principal, "report.write");
  const peek = await peekReport(db, input.reportId);
  if (!peek) return { ok: false, formError: "notFound" };
  authorize(principal, "report.write", partyResource(principal, peek.partyIds));
  if (input.content !== undefined) {
    const saved = await saveReportDraft(db, principal, input, now);
    if (!saved.ok) return saved;
  }
  return db.transaction(async (tx): Promise<SubmitReportResult> => {
    const report = await lockReport(tx, peek.report.id);
    if (!reportEditable(report.status) || !writableContract(peek.contractStatus)) return { ok: false, formError: "reportNotEditable" };
    const loaded = (await loadContract(tx, report.contractId))!;
    const period = periodOf(loaded, report);
    const simplified = reportFormOf(loaded.contract) === "simplified";
    const content = simplified ? normalizeSimplifiedReport(report.content, period.years) : normalizeReportContent(report.content);
    const issues = simplified
      ? simplifiedReportIssues(content as SimplifiedReportContent, period.years)
      : reportIssues(content as ReportContent, period.lines, period.sources);
    if (issues.length) return { ok: false, formError: "reportIncomplete", issues, version: report.version };
    const [last] = await tx
      .select({ round: reportRounds.round })
      .from(reportRounds)
      .where(eq(reportRounds.reportId, report.id))
      .orderBy(desc(reportRounds.round))
      .limit(1);
    const round = (last?.round ?? 0) + 1;
    await tx.insert(reportRounds).values({ reportId: report.id, round, content, submittedBy: principal.userId, submittedAt: now });
    await tx
      .update(contractReports)
      .set({ status: "submitted", submittedAt: now, updatedAt: now })
      .where(eq(contractReports.id, report.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "report.submit",
      entityType: "report",
      entityId: report.id,
      before: { status: report.status },
      after: { status: "submitted", round },
    });
    return { ok: true, value: { round, version: report.version } };
  });
}

/** The open round (submitted, not yet decided) of a report. */
export async function openRound(tx: Tx, reportId: string) {
  const [row] = await tx
    .select()
    .from(reportRounds)
    .where(and(eq(reportRounds.reportId, reportId), isNull(reportRounds.decision)))
    .orderBy(desc(reportRounds.round))
    .limit(1);
  return row;
}
