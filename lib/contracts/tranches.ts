import "server-only";
import { and, asc, eq, max } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import type { Db } from "@/lib/db/open";
import { contracts, contractSettlements, contractTranches, contractYears } from "@/lib/db/schema";
import type { CommandResult, ErrorKey, FieldErrors } from "@/lib/forms/result";
import { parseMoney } from "@/lib/core/money";
import { acceptedPartialYears, contractRow } from "./access";
import { firstTrancheDeadline, gateYearFor, trancheHeld, trancheProblems } from "./rules";
import { isId } from "@/lib/core/ids";
import { returnsOf, returnTotals } from "@/lib/reports/returns-store";

const fail = (formError: ErrorKey) => ({ ok: false, formError }) as const;
/** A schedule can change until the task's money is settled. */
const schedulable = ["draft", "sent", "signed", "in_progress"];

/**
 * Adds a tranche to the payment schedule. Sums never exceed the grant per year and in total; once
 * signed, the first tranche is due within the contract's first-tranche days; a tranche of a later
 * year waits for the previous year's partial report when the contract says so.
 */
export async function addTranche(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "contract.manage");
  const contractId = String(input.contractId ?? "");
  const dueDate = String(input.dueDate ?? "");
  const amount = parseMoney(String(input.amount ?? ""));
  const fieldErrors: FieldErrors = {};
  if (!isIsoDate(dueDate)) fieldErrors.dueDate = ["date"];
  if (amount === null || amount <= 0) fieldErrors.amount = ["money"];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const year = Number(dueDate.slice(0, 4));
  return db.transaction(async (tx): Promise<CommandResult<{ id: string }>> => {
    const c = await contractRow(tx, contractId, true);
    if (!c) return fail("notFound");
    if (!schedulable.includes(c.status)) return fail("scheduleClosed");
    const years = await tx.select().from(contractYears).where(eq(contractYears.contractId, c.id)).orderBy(asc(contractYears.year));
    const existing = await tx.select().from(contractTranches).where(eq(contractTranches.contractId, c.id));
    const candidate = { year, dueDate, amountGrosze: amount! };
    const problems = trancheProblems([...existing, candidate], years);
    if (problems.length) return { ok: false, fieldErrors: { amount: [problems[0]] } } as const;
    const deadline = firstTrancheDeadline(c);
    const isFirst = existing.every((t) => t.dueDate > dueDate);
    if (deadline && isFirst && dueDate > deadline) return { ok: false, fieldErrors: { dueDate: ["firstTrancheTooLate"] } } as const;
    const [{ last }] = await tx
      .select({ last: max(contractTranches.position) })
      .from(contractTranches)
      .where(and(eq(contractTranches.contractId, c.id), eq(contractTranches.year, year)));
    const waits = gateYearFor(year, years[0]?.year ?? year, c.tranchesWaitForPartialReport);
    const [row] = await tx
      .insert(contractTranches)
      .values({ contractId: c.id, year, position: (last ?? 0) + 1, dueDate, amountGrosze: amount!, waitsForReportYear: waits })
      .returning({ id: contractTranches.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.addTranche",
      entityType: "contract",
      entityId: c.id,
      after: { trancheId: row.id, year, dueDate, amountGrosze: amount, waitsForReportYear: waits },
    });
    return { ok: true, value: row } as const;
  });
}

/** Removes an unpaid tranche from the schedule. */
export async function removeTranche(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<CommandResult<null>> {
  authorize(principal, "contract.manage");
  const trancheId = String(input.trancheId ?? "");
  if (!isId(trancheId)) return fail("notFound");
  return db.transaction(async (tx) => {
    const [t] = await tx.select().from(contractTranches).where(eq(contractTranches.id, trancheId)).for("update");
    if (!t) return fail("notFound");
    if (t.paidOn) return fail("tranchePaid");
    await tx.delete(contractTranches).where(eq(contractTranches.id, t.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.removeTranche",
      entityType: "contract",
      entityId: t.contractId,
      before: { trancheId: t.id, year: t.year, amountGrosze: t.amountGrosze },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * Marks a tranche paid (date and amount, at most the tranche). Only on a contract signed by both;
 * refused while the tranche waits for a partial report not yet accepted. The first payment puts a
 * signed contract in progress. After the final report is accepted, the city pays only what the
 * settlement says it still owes (eligible spending not yet paid out); paying all of it settles the contract.
 */
export async function markTranchePaid(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  today = warsawToday(),
): Promise<CommandResult<null>> {
  authorize(principal, "contract.manage");
  const trancheId = String(input.trancheId ?? "");
  const paidOn = String(input.paidOn ?? "");
  const amount = parseMoney(String(input.paidAmount ?? ""));
  if (!isId(trancheId)) return fail("notFound");
  const fieldErrors: FieldErrors = {};
  if (!isIsoDate(paidOn)) fieldErrors.paidOn = ["date"];
  else if (paidOn > today) fieldErrors.paidOn = ["dateInFuture"];
  if (amount === null || amount <= 0) fieldErrors.paidAmount = ["money"];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return db.transaction(async (tx) => {
    const [peek] = await tx
      .select({ contractId: contractTranches.contractId })
      .from(contractTranches)
      .where(eq(contractTranches.id, trancheId));
    if (!peek) return fail("notFound");
    const c = await contractRow(tx, peek.contractId, true);
    const [t] = await tx.select().from(contractTranches).where(eq(contractTranches.id, trancheId)).for("update");
    if (!c || !t) return fail("notFound");
    if (t.paidOn) return fail("tranchePaid");
    if (!["signed", "in_progress", "final_report_accepted"].includes(c.status)) return fail("notSigned");
    if (trancheHeld(t, await acceptedPartialYears(tx, c.id))) return fail("trancheHeld");
    if (amount! > t.amountGrosze) return { ok: false, fieldErrors: { paidAmount: ["paidAboveTranche"] } } as const;
    const [settlement] =
      c.status === "final_report_accepted"
        ? await tx.select().from(contractSettlements).where(eq(contractSettlements.contractId, c.id)).for("update")
        : [];
    if (c.status === "final_report_accepted" && (!settlement || settlement.stillToPayGrosze === 0)) return fail("nothingOwed");
    if (settlement && amount! > settlement.stillToPayGrosze) return { ok: false, fieldErrors: { paidAmount: ["paidAboveOwed"] } } as const;
    await tx.update(contractTranches).set({ paidOn, paidGrosze: amount, paidBy: principal.userId }).where(eq(contractTranches.id, t.id));
    let status = c.status === "signed" ? "in_progress" : c.status;
    if (settlement) {
      // the settlement records the payment: what was owed is now paid and used
      const stillToPayGrosze = settlement.stillToPayGrosze - amount!;
      // settled only when the organization owes no return either (a multi-year settlement may have both)
      const settles = stillToPayGrosze === 0 && returnTotals(await returnsOf(tx, c.id, today)).stillOwedGrosze === 0;
      await tx
        .update(contractSettlements)
        .set({
          paidGrosze: settlement.paidGrosze + amount!,
          grantUsedGrosze: settlement.grantUsedGrosze + amount!,
          stillToPayGrosze,
          settledOn: settles ? paidOn : null,
        })
        .where(eq(contractSettlements.contractId, c.id));
      if (settles) status = "settled";
    }
    if (status !== c.status) await tx.update(contracts).set({ status, updatedAt: new Date() }).where(eq(contracts.id, c.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.payTranche",
      entityType: "contract",
      entityId: c.id,
      before: { trancheId: t.id, status: c.status, ...(settlement && { stillToPayGrosze: settlement.stillToPayGrosze }) },
      after: { paidOn, paidGrosze: amount, status, ...(settlement && { stillToPayGrosze: settlement.stillToPayGrosze - amount! }) },
    });
    return { ok: true, value: null } as const;
  });
}
