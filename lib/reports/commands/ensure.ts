import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { contractReports, contracts } from "@/lib/db/schema";
import { plannedReports } from "../dates";
import { reportEditable, reportingStatuses } from "../rules";

/**
 * Creates the report rows a contract owes. Called by the commands that make them owed (signing, an
 * accepted amendment, a requested partial report) inside their transaction, and by the `reports.plan`
 * job for anything else (pages only read). Idempotent. When an amendment moved the dates, reports
 * still with the organization get the new period and due date; submitted ones keep theirs.
 */
export async function ensureReportsFor(tx: Tx | Db, contractId: string) {
  await ensureReportsForMany(tx, [contractId]);
}

export async function ensureReportsForMany(tx: Tx | Db, contractIds: string[]) {
  if (!contractIds.length) return;
  const rows = await tx
    .select({ id: contracts.id, startDate: contracts.startDate, endDate: contracts.endDate })
    .from(contracts)
    .where(and(inArray(contracts.id, contractIds), inArray(contracts.status, [...reportingStatuses])));
  if (!rows.length) return;
  const existing = await tx
    .select({
      id: contractReports.id,
      contractId: contractReports.contractId,
      kind: contractReports.kind,
      year: contractReports.year,
      status: contractReports.status,
      periodStart: contractReports.periodStart,
      periodEnd: contractReports.periodEnd,
      dueDate: contractReports.dueDate,
    })
    .from(contractReports)
    .where(
      inArray(
        contractReports.contractId,
        rows.map((r) => r.id),
      ),
    );
  const inserts: (typeof contractReports.$inferInsert)[] = [];
  for (const contract of rows) {
    const mine = existing.filter((r) => r.contractId === contract.id);
    for (const planned of plannedReports(contract)) {
      const found = mine.find((r) => r.kind === planned.kind && (planned.kind === "final" || r.year === planned.year));
      if (!found) {
        inserts.push({ contractId: contract.id, ...planned });
        continue;
      }
      const changed =
        found.year !== planned.year ||
        found.periodStart !== planned.periodStart ||
        found.periodEnd !== planned.periodEnd ||
        found.dueDate !== planned.dueDate;
      if (changed && reportEditable(found.status)) {
        await tx
          .update(contractReports)
          .set({
            year: planned.year,
            periodStart: planned.periodStart,
            periodEnd: planned.periodEnd,
            dueDate: planned.dueDate,
            updatedAt: new Date(),
          })
          .where(eq(contractReports.id, found.id));
      }
    }
  }
  if (inserts.length) await tx.insert(contractReports).values(inserts).onConflictDoNothing();
}

/** Every running contract without its final report row gets its reports (the `reports.plan` job). Returns how many. */
export async function ensureAllRunning(db: Db) {
  const missing = await db
    .select({ id: contracts.id })
    .from(contracts)
    .leftJoin(contractReports, and(eq(contractReports.contractId, contracts.id), eq(contractReports.kind, "final")))
    .where(and(inArray(contracts.status, [...reportingStatuses]), isNull(contractReports.id)));
  if (missing.length)
    await db.transaction((tx) =>
      ensureReportsForMany(
        tx,
        missing.map((m) => m.id),
      ),
    );
  return missing.length;
}
