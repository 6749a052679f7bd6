import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { contracts, contractSettlements } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { parseMoney } from "@/lib/core/money";
import { isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import { remainingReturn } from "../settlement";
import { idSchema } from "@/lib/core/ids";

const returnSchema = z.object({
  contractId: idSchema,
  paidOn: z.string().refine(isIsoDate, "errors.invalidDate"),
  amount: z.string().transform((v, ctx) => {
    const grosze = parseMoney(v);
    if (grosze === null || grosze <= 0) ctx.addIssue({ code: "custom", message: "errors.invalidMoney" });
    return grosze ?? 0;
  }),
});

/**
 * The administrator records a return of grant money (date, amount); several instalments add up.
 * When the returns reach the amount to return, the contract is settled.
 */
export async function recordReturn(
  db: Db,
  principal: Principal | null,
  input: { contractId?: unknown; paidOn?: unknown; amount?: unknown },
  now = new Date(),
): Promise<CommandResult<{ settled: boolean; remainingGrosze: number }>> {
  authorize(principal, "settlement.recordReturn");
  const parsed = returnSchema.safeParse({
    contractId: input.contractId,
    paidOn: String(input.paidOn ?? ""),
    amount: String(input.amount ?? ""),
  });
  if (!parsed.success) return refusalOf(parsed.error);
  const { contractId, paidOn, amount } = parsed.data;
  if (paidOn > warsawToday(now)) return { ok: false, fieldErrors: { paidOn: ["dateInFuture"] } };
  return db.transaction(async (tx) => {
    const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId)).for("update");
    const [settlement] = await tx.select().from(contractSettlements).where(eq(contractSettlements.contractId, contractId)).for("update");
    if (!contract || !settlement) return { ok: false, formError: "noSettlement" } as const;
    if (contract.status !== "final_report_accepted") return { ok: false, formError: "alreadySettled" } as const;
    const remaining = remainingReturn(settlement.toReturnGrosze, settlement.returnedGrosze);
    if (amount > remaining) return { ok: false, fieldErrors: { amount: ["returnAboveDue"] } } as const;
    const returnedGrosze = settlement.returnedGrosze + amount;
    const settled = returnedGrosze === settlement.toReturnGrosze;
    await tx
      .update(contractSettlements)
      .set({
        returnedGrosze,
        returns: [...settlement.returns, { paidOn, amountGrosze: amount, recordedBy: principal.userId, recordedAt: now.toISOString() }],
        settledOn: settled ? warsawToday(now) : null,
      })
      .where(eq(contractSettlements.contractId, contractId));
    if (settled) await tx.update(contracts).set({ status: "settled", updatedAt: now }).where(eq(contracts.id, contractId));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.recordReturn",
      entityType: "contract",
      entityId: contractId,
      before: { status: contract.status, returnedGrosze: settlement.returnedGrosze },
      after: { status: settled ? "settled" : contract.status, returnedGrosze, paidOn, amountGrosze: amount },
    });
    return { ok: true, value: { settled, remainingGrosze: settlement.toReturnGrosze - returnedGrosze } } as const;
  });
}
