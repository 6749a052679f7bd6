/**
 * Settlement of a contract's grant from its final report (art. 18; the framework contract's
 * tolerance clause). Pure integer arithmetic in grosze: no floats, no rounding drift.
 *
 * Per cost line, the grant spent may exceed the line's planned grant by the tolerance without an
 * amendment. § 5 of the 2018 framework contract (Dz.U. 2018 poz. 2057) limits the increase of a cost
 * item measured on the item's total (grant and own money together), so
 * tolerance = floor(planned total × bp / 10 000) — the same limit lib/contracts/rules.ts
 * `withinTolerance` applies to a shift between lines. Only an increase counts: a line spent below its
 * plan is never over. Grant spent beyond it is not eligible and is returned (art. 252 ufp). Money paid
 * out and not spent is returned too. So:
 *   eligible = Σ min(actual, planned + tolerance)
 *   used     = min(eligible, paid, granted)
 *   toReturn = paid − used = unused (paid − spent, when ≥ 0) + the over-tolerance part
 * A tranche not yet paid is never "returned": the eligible spending above what was paid (up to the
 * grant) is reported as stillToPay.
 */
export interface LineSpending {
  lineId: string;
  year: number;
  name: string;
  plannedGrantGrosze: number;
  /** The item's planned total (grant and own money): the base of the tolerance. */
  plannedTotalGrosze: number;
  actualGrantGrosze: number;
}

export interface SettlementInput {
  lines: LineSpending[];
  grantedGrosze: number;
  paidGrosze: number;
  toleranceBp: number;
}

export interface SettledLineResult extends LineSpending {
  allowedGrantGrosze: number;
  overToleranceGrosze: number;
}

export interface SettlementResult {
  lines: SettledLineResult[];
  grantedGrosze: number;
  paidGrosze: number;
  grantSpentGrosze: number;
  eligibleGrosze: number;
  grantUsedGrosze: number;
  unusedGrosze: number;
  overToleranceGrosze: number;
  toReturnGrosze: number;
  stillToPayGrosze: number;
}

function assertGrosze(value: number, what: string) {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer of grosze: ${value}`);
}

/** The tolerance of one line in grosze: a share of the item's planned total, rounded down (never more than the contract allows). */
export function toleranceOf(plannedTotalGrosze: number, toleranceBp: number): number {
  assertGrosze(plannedTotalGrosze, "planned total");
  assertGrosze(toleranceBp, "tolerance");
  return Number((BigInt(plannedTotalGrosze) * BigInt(toleranceBp)) / 10_000n);
}

export function settle(input: SettlementInput): SettlementResult {
  assertGrosze(input.grantedGrosze, "granted");
  assertGrosze(input.paidGrosze, "paid");
  const lines = input.lines.map((line) => {
    assertGrosze(line.actualGrantGrosze, "actual grant");
    const allowed = line.plannedGrantGrosze + toleranceOf(line.plannedTotalGrosze, input.toleranceBp);
    return { ...line, allowedGrantGrosze: allowed, overToleranceGrosze: Math.max(0, line.actualGrantGrosze - allowed) };
  });
  const grantSpent = lines.reduce((s, l) => s + l.actualGrantGrosze, 0);
  const eligible = lines.reduce((s, l) => s + Math.min(l.actualGrantGrosze, l.allowedGrantGrosze), 0);
  const used = Math.min(eligible, input.paidGrosze, input.grantedGrosze);
  const toReturn = Math.max(0, input.paidGrosze - used);
  const unused = Math.min(toReturn, Math.max(0, input.paidGrosze - grantSpent));
  return {
    lines,
    grantedGrosze: input.grantedGrosze,
    paidGrosze: input.paidGrosze,
    grantSpentGrosze: grantSpent,
    eligibleGrosze: eligible,
    grantUsedGrosze: used,
    unusedGrosze: unused,
    overToleranceGrosze: toReturn - unused,
    toReturnGrosze: toReturn,
    stillToPayGrosze: Math.max(0, Math.min(eligible, input.grantedGrosze) - input.paidGrosze),
  };
}

/** What remains to be returned after the recorded returns (never negative). */
export function remainingReturn(toReturnGrosze: number, returnedGrosze: number): number {
  return Math.max(0, toReturnGrosze - returnedGrosze);
}
