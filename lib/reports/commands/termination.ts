import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/open";
import { contracts, contractTranches, grantReturns } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { parseMoney } from "@/lib/core/money";
import { addDays } from "@/lib/dates/warsaw";
import { idSchema } from "@/lib/core/ids";
import { paidTotal } from "../context";
import { unusedReturnDue } from "../grant-returns";

const terminationSchema = z.object({
  contractId: idSchema,
  amount: z.string().transform((v, ctx) => {
    const grosze = parseMoney(v);
    if (grosze === null || grosze <= 0) ctx.addIssue({ code: "custom", message: "errors.invalidMoney" });
    return grosze ?? 0;
  }),
});

type Result = CommandResult<{ dueDate: string }>;

/**
 * The settlement on termination: the grant paid and not used by the termination date is returned
 * within 15 days of it, the end of the period of use (art. 251 ust. 2 ufp; 31 January when terminated
 * on 31 December), with interest from the day after. The administrator enters the amount from the
 * organization's accounts; at most what was paid. Once per contract; its payments are recorded like
 * any return (./returns.ts).
 */
export async function settleTermination(
  db: Db,
  principal: Principal | null,
  input: { contractId?: unknown; amount?: unknown },
  now = new Date(),
): Promise<Result> {
  authorize(principal, "settlement.recordReturn");
  const parsed = terminationSchema.safeParse({ contractId: input.contractId, amount: String(input.amount ?? "") });
  if (!parsed.success) return refusalOf(parsed.error);
  const { contractId, amount } = parsed.data;
  return db.transaction(async (tx): Promise<Result> => {
    const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId)).for("update");
    if (!contract) return { ok: false, formError: "notFound" };
    if (contract.status !== "terminated" || !contract.terminatedOn) return { ok: false, formError: "notTerminated" };
    const year = Number(contract.terminatedOn.slice(0, 4));
    const [existing] = await tx
      .select({ id: grantReturns.id })
      .from(grantReturns)
      .where(and(eq(grantReturns.contractId, contractId), eq(grantReturns.year, year), eq(grantReturns.kind, "unused")));
    if (existing) return { ok: false, formError: "terminationSettled" };
    const tranches = await tx.select().from(contractTranches).where(eq(contractTranches.contractId, contractId));
    if (amount > paidTotal(tranches)) return { ok: false, fieldErrors: { amount: ["returnAbovePaid"] } };
    const due = unusedReturnDue(year, contract.terminatedOn);
    await tx.insert(grantReturns).values({
      contractId,
      year,
      kind: "unused",
      basis: due.basis,
      amountGrosze: amount,
      dueDate: due.dueDate,
      interestFrom: addDays(due.dueDate, 1),
      createdBy: principal.userId,
      createdAt: now,
    });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.settle",
      entityType: "contract",
      entityId: contractId,
      before: { status: contract.status },
      after: { status: contract.status, termination: true, unusedGrosze: amount, dueDate: due.dueDate },
    });
    return { ok: true, value: { dueDate: due.dueDate } };
  });
}
