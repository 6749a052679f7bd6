import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isIsoDate } from "@/lib/dates/warsaw";
import type { Db } from "@/lib/db/open";
import { taxArrearsRates } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { taxArrearsRateBp } from "./interest";

/** "4,50" or "4.5" (per cent, at most two decimals) as basis points. */
const percentSchema = z
  .string()
  .trim()
  .regex(/^\d{1,2}([.,]\d{1,2})?$/, "errors.invalidPercent")
  .transform((v) => {
    const [whole, fraction = ""] = v.replace(",", ".").split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  });

const rateSchema = z.object({
  effectiveFrom: z.string().refine(isIsoDate, "errors.invalidDate"),
  lombard: percentSchema,
  source: z.string().trim().min(3, "errors.sourceRequired").max(500, "errors.tooLong"),
});

/** The rate periods of interest on tax arrears, for the administrator's settings page. */
export async function taxArrearsRateList(db: Db, principal: Principal | null) {
  authorize(principal, "settlement.rates");
  return db.select().from(taxArrearsRates).orderBy(asc(taxArrearsRates.effectiveFrom));
}

/**
 * A new period of the tax-arrears rate, from a date, computed from the NBP lombard rate (art. 56 § 1
 * OP). Periods are never edited: interest already counted keeps its rates, and a period starting on
 * a date that has one is refused.
 */
export async function addTaxArrearsRate(
  db: Db,
  principal: Principal | null,
  input: { effectiveFrom?: unknown; lombard?: unknown; source?: unknown },
): Promise<CommandResult<{ rateBp: number }>> {
  authorize(principal, "settlement.rates");
  const parsed = rateSchema.safeParse({
    effectiveFrom: String(input.effectiveFrom ?? ""),
    lombard: String(input.lombard ?? ""),
    source: String(input.source ?? ""),
  });
  if (!parsed.success) return refusalOf(parsed.error);
  const { effectiveFrom, lombard, source } = parsed.data;
  const rateBp = taxArrearsRateBp(lombard);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(taxArrearsRates).where(eq(taxArrearsRates.effectiveFrom, effectiveFrom));
    if (existing) return { ok: false, fieldErrors: { effectiveFrom: ["rateExists"] } } as const;
    await tx.insert(taxArrearsRates).values({ effectiveFrom, lombardBp: lombard, rateBp, source, createdBy: principal.userId });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "settlement.addRate",
      entityType: "tax_arrears_rate",
      entityId: effectiveFrom,
      after: { effectiveFrom, lombardBp: lombard, rateBp, source },
    });
    return { ok: true, value: { rateBp } } as const;
  });
}
