import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { contracts, contractSettlements, grantReturnPayments, grantReturns } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { parseMoney } from "@/lib/core/money";
import { isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import { idSchema } from "@/lib/core/ids";
import { returnAccount } from "../grant-returns";
import { ratePeriods, returnsOf, returnTotals } from "../returns-store";

const paymentSchema = z.object({
  returnId: idSchema,
  paidOn: z.string().refine(isIsoDate, "errors.invalidDate"),
  amount: z.string().transform((v, ctx) => {
    const grosze = parseMoney(v);
    if (grosze === null || grosze <= 0) ctx.addIssue({ code: "custom", message: "errors.invalidMoney" });
    return grosze ?? 0;
  }),
});

type PaymentResult = CommandResult<{ settled: boolean; stillOwedGrosze: number }>;

/**
 * The city's finance administrator records a payment of one return (date, amount; partial payments
 * allowed). A payment covers principal with its interest (../grant-returns.ts); more than the return
 * and its interest to the day of payment is refused. When every return is paid with its interest and
 * the city owes nothing more, the contract is settled.
 */
export async function recordReturnPayment(
  db: Db,
  principal: Principal | null,
  input: { returnId?: unknown; paidOn?: unknown; amount?: unknown; contractId?: unknown },
  now = new Date(),
): Promise<PaymentResult> {
  authorize(principal, "settlement.recordReturn");
  const parsed = paymentSchema.safeParse({
    returnId: input.returnId,
    paidOn: String(input.paidOn ?? ""),
    amount: String(input.amount ?? ""),
  });
  if (!parsed.success) return refusalOf(parsed.error);
  const { returnId, paidOn, amount } = parsed.data;
  const today = warsawToday(now);
  if (paidOn > today) return { ok: false, fieldErrors: { paidOn: ["dateInFuture"] } };
  return db.transaction(async (tx): Promise<PaymentResult> => {
    const [owed] = await tx.select().from(grantReturns).where(eq(grantReturns.id, returnId));
    if (!owed) return { ok: false, formError: "noSettlement" };
    const [contract] = await tx.select().from(contracts).where(eq(contracts.id, owed.contractId)).for("update");
    const [settlement] = await tx.select().from(contractSettlements).where(eq(contractSettlements.contractId, contract.id)).for("update");
    // returns are paid after the final report's settlement, or after the settlement on termination (./termination.ts)
    const open = contract.status === "final_report_accepted" ? Boolean(settlement) : contract.status === "terminated";
    if (!open) return { ok: false, formError: "alreadySettled" };
    const earlier = await tx.select().from(grantReturnPayments).where(eq(grantReturnPayments.returnId, owed.id));
    const rates = await ratePeriods(tx);
    const account = returnAccount({
      amountGrosze: owed.amountGrosze,
      dueDate: owed.dueDate,
      interestFrom: owed.interestFrom,
      payments: [...earlier, { paidOn, amountGrosze: amount }].map((p) => ({ paidOn: p.paidOn, amountGrosze: p.amountGrosze })),
      rates,
      today,
    });
    if (account.payments.some((p) => p.surplusGrosze > 0)) return { ok: false, fieldErrors: { amount: ["returnAboveDue"] } };
    await tx
      .insert(grantReturnPayments)
      .values({ returnId: owed.id, paidOn, amountGrosze: amount, recordedBy: principal.userId, recordedAt: now });
    const all = await returnsOf(tx, contract.id, today, rates);
    const totals = returnTotals(all);
    // a terminated contract stays terminated; its returns being paid is the whole of its settlement
    const settled = Boolean(settlement) && totals.stillOwedGrosze === 0 && settlement.stillToPayGrosze === 0;
    if (settlement)
      await tx
        .update(contractSettlements)
        .set({ returnedGrosze: totals.principalPaidGrosze, settledOn: settled ? today : null })
        .where(eq(contractSettlements.contractId, contract.id));
    if (settled) await tx.update(contracts).set({ status: "settled", updatedAt: now }).where(eq(contracts.id, contract.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.recordReturn",
      entityType: "contract",
      entityId: contract.id,
      before: { status: contract.status, returnId: owed.id, paymentsBefore: earlier.length },
      after: {
        status: settled ? "settled" : contract.status,
        returnId: owed.id,
        paidOn,
        amountGrosze: amount,
        stillOwedGrosze: account.stillOwedGrosze,
      },
    });
    return { ok: true, value: { settled, stillOwedGrosze: account.stillOwedGrosze } };
  });
}
