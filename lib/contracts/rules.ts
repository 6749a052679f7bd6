/**
 * Pure rules of contracts: splitting the grant (per year, per cost line) in integer grosze without
 * drift, the payment schedule (sums, first tranche, the partial-report gate), the cost-shift
 * tolerance and the differences between two versions of the terms. Shared by client and server.
 */
import { addDays } from "@/lib/dates/warsaw";
import type { ContractCostLineTerms, ContractTerms, ContractYearTerms } from "./insert";
import type { ErrorKey } from "@/lib/forms/errors";

/**
 * Splits `total` grosze in proportion to `weights` (largest remainder, Hamilton): every share is
 * floor(total·w/W), the grosze left go one each to the largest remainders (earlier index wins a tie).
 * The shares always add up to `total` exactly. All weights zero: an even split.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError("total must be a non-negative integer");
  const sumW = weights.reduce((s, w) => s + w, 0);
  const ws = sumW > 0 ? weights.map((w) => BigInt(Math.max(0, w))) : weights.map(() => 1n);
  const W = ws.reduce((s, w) => s + w, 0n);
  const T = BigInt(total);
  const shares = ws.map((w) => (T * w) / W);
  const remainders = ws.map((w, i) => ({ i, r: (T * w) % W }));
  let left = Number(T - shares.reduce((s, x) => s + x, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0) break;
    shares[i] += 1n;
    left--;
  }
  return shares.map(Number);
}

/** The grant of each year shared over that year's cost lines in proportion to their totals. */
export function splitGrantOverLines<L extends Omit<ContractCostLineTerms, "grantGrosze">>(
  lines: readonly L[],
  years: readonly Pick<ContractYearTerms, "year" | "grantGrosze">[],
): (L & { grantGrosze: number })[] {
  const out = lines.map((l) => ({ ...l, grantGrosze: 0 }));
  for (const y of years) {
    const idx = out.map((l, i) => (l.year === y.year ? i : -1)).filter((i) => i >= 0);
    const shares = largestRemainder(
      y.grantGrosze,
      idx.map((i) => out[i].totalGrosze),
    );
    idx.forEach((lineIndex, k) => (out[lineIndex].grantGrosze = shares[k]));
  }
  return out;
}

/** Years of a period, e.g. 2025-03-01..2027-11-30 → [2025, 2026, 2027]. */
export function yearsOfPeriod(startDate: string, endDate: string): number[] {
  const a = Number(startDate.slice(0, 4));
  const b = Number(endDate.slice(0, 4));
  if (!a || !b || b < a) return [];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/**
 * Art. 16 ust. 2 uodpp: a contract for a definite period "not longer than 5 years" — a length of
 * time, not a count of budget years: 1 Jul 2026 – 30 Jun 2031 is lawful (six budget years).
 */
export function periodWithinYears(startDate: string, endDate: string, maxYears: number): boolean {
  const [y, m, d] = startDate.split("-").map(Number);
  if (!y || !m || !d) return false;
  // the last lawful day is the day before the same date maxYears later (from 29 Feb: 28 Feb, as 29 Feb rolls to 1 Mar)
  const limit = new Date(Date.UTC(y + maxYears, m - 1, d));
  limit.setUTCDate(limit.getUTCDate() - 1);
  return endDate <= limit.toISOString().slice(0, 10);
}

export interface TrancheLike {
  id?: string;
  year: number;
  amountGrosze: number;
  dueDate: string;
  paidOn?: string | null;
  paidGrosze?: number | null;
  waitsForReportYear?: number | null;
}

/**
 * Problems of a payment schedule against the grant, as message keys: the tranches of a year never
 * exceed that year's grant, all of them never the total grant, every tranche is positive and in a
 * year of the contract.
 */
export function trancheProblems(
  tranches: readonly TrancheLike[],
  years: readonly Pick<ContractYearTerms, "year" | "grantGrosze">[],
): ErrorKey[] {
  const problems = new Set<ErrorKey>();
  const grantOf = new Map(years.map((y) => [y.year, y.grantGrosze]));
  const total = years.reduce((s, y) => s + y.grantGrosze, 0);
  const perYear = new Map<number, number>();
  for (const t of tranches) {
    if (!Number.isSafeInteger(t.amountGrosze) || t.amountGrosze <= 0) problems.add("trancheNotPositive");
    if (!grantOf.has(t.year)) problems.add("trancheOutsideYears");
    if (t.dueDate.slice(0, 4) !== String(t.year)) problems.add("trancheDueOutsideYear");
    perYear.set(t.year, (perYear.get(t.year) ?? 0) + t.amountGrosze);
    if (t.paidGrosze != null && (t.paidGrosze <= 0 || t.paidGrosze > t.amountGrosze)) problems.add("paidAboveTranche");
  }
  for (const [year, sum] of perYear) if (grantOf.has(year) && sum > grantOf.get(year)!) problems.add("tranchesAboveYearGrant");
  if ([...perYear.values()].reduce((s, x) => s + x, 0) > total) problems.add("tranchesAboveTotalGrant");
  return [...problems];
}

/** Money of the grant not yet scheduled in tranches, per year. */
export function unscheduledByYear(tranches: readonly TrancheLike[], years: readonly Pick<ContractYearTerms, "year" | "grantGrosze">[]) {
  return years
    .map((y) => ({
      year: y.year,
      grantGrosze: y.grantGrosze,
      scheduledGrosze: tranches.filter((t) => t.year === y.year).reduce((s, t) => s + t.amountGrosze, 0),
    }))
    .map((r) => ({ ...r, leftGrosze: r.grantGrosze - r.scheduledGrosze }));
}

/** ISO date + days (calendar days; dates are Warsaw calendar dates, no time zone arithmetic needed). */
export { addDays };

/** The statuses of a contract, for filters and labels (app/ never imports the database schema). */
export { contractStatuses } from "@/lib/db/schema/contracts";

/** The day both parties have signed (the later signature), or null while one is missing. */
export function signedOn(c: { organizationSignedOn: string | null; citySignedOn: string | null }): string | null {
  if (!c.organizationSignedOn || !c.citySignedOn) return null;
  return c.organizationSignedOn > c.citySignedOn ? c.organizationSignedOn : c.citySignedOn;
}

/** The latest due date of the first tranche: signing + the contract's first-tranche days. */
export function firstTrancheDeadline(c: {
  organizationSignedOn: string | null;
  citySignedOn: string | null;
  firstTrancheDays: number;
}): string | null {
  const signed = signedOn(c);
  return signed ? addDays(signed, c.firstTrancheDays) : null;
}

/** The report year a new tranche of `year` waits for: the previous year, when the contract says so. */
export function gateYearFor(year: number, firstYear: number, waits: boolean): number | null {
  return waits && year > firstYear ? year - 1 : null;
}

/** A tranche is held while the partial report of its gate year is not accepted. */
export function trancheHeld(tranche: Pick<TrancheLike, "waitsForReportYear">, acceptedPartialYears: readonly number[]): boolean {
  return tranche.waitsForReportYear != null && !acceptedPartialYears.includes(tranche.waitsForReportYear);
}

/**
 * Moving money between cost lines (§ 5 of the 2018 framework contract): a shift needs no amendment
 * while no cost item grows by more than `toleranceBp` of its total (grant and own money together);
 * only an increase counts — a line that shrinks is never over the limit. True when every line fits.
 */
export function withinTolerance(
  lines: readonly Pick<ContractCostLineTerms, "grantGrosze" | "totalGrosze">[],
  newGrants: readonly number[],
  toleranceBp: number,
): boolean {
  return lines.every((line, i) => {
    const increase = (newGrants[i] ?? 0) - line.grantGrosze;
    return increase <= 0 || BigInt(increase) * 10000n <= BigInt(line.totalGrosze) * BigInt(toleranceBp);
  });
}

/** Problems of moving the grant between lines: same lines, same year sums, never negative or above a line's cost. */
export function costShiftProblems(
  lines: readonly Pick<ContractCostLineTerms, "year" | "grantGrosze" | "totalGrosze">[],
  newGrants: readonly number[],
): ErrorKey[] {
  const problems = new Set<ErrorKey>();
  if (newGrants.length !== lines.length) return ["costLinesChanged"];
  newGrants.forEach((g, i) => {
    if (!Number.isSafeInteger(g) || g < 0) problems.add("lineGrantNegative");
    else if (g > lines[i].totalGrosze) problems.add("lineGrantAboveTotal");
  });
  const years = new Set(lines.map((l) => l.year));
  for (const year of years) {
    const before = lines.reduce((s, l) => s + (l.year === year ? l.grantGrosze : 0), 0);
    const after = lines.reduce((s, l, i) => s + (l.year === year ? (newGrants[i] ?? 0) : 0), 0);
    if (before !== after) problems.add("yearSumChanged");
  }
  return [...problems];
}

export type TermsChange = { field: string; before: string; after: string };

/** What changed between two versions of the terms, for people (values as plain text; money in grosze). */
export function termsDiff(a: ContractTerms, b: ContractTerms): TermsChange[] {
  const out: TermsChange[] = [];
  const push = (field: string, x: unknown, y: unknown) => {
    const sx = typeof x === "string" ? x : JSON.stringify(x);
    const sy = typeof y === "string" ? y : JSON.stringify(y);
    if (sx !== sy) out.push({ field, before: sx, after: sy });
  };
  push("title", a.title, b.title);
  push("startDate", a.startDate, b.startDate);
  push("endDate", a.endDate, b.endDate);
  push("bankAccount", a.bankAccount, b.bankAccount);
  push(
    "cityRepresentatives",
    a.cityRepresentatives.map((r) => `${r.name} (${r.role})`).join("; "),
    b.cityRepresentatives.map((r) => `${r.name} (${r.role})`).join("; "),
  );
  const reps = (t: ContractTerms) => t.parties.map((p) => p.representatives.map((r) => `${r.name} (${r.role})`).join("; ")).join(" | ");
  push("representatives", reps(a), reps(b));
  const linesOf = (t: ContractTerms) => new Map(t.costLines.map((l) => [`${l.year}:${l.name}`, l.grantGrosze]));
  const la = linesOf(a);
  const lb = linesOf(b);
  for (const [key, grant] of lb)
    if (la.get(key) !== grant) out.push({ field: `costLine:${key}`, before: String(la.get(key) ?? ""), after: String(grant) });
  for (const y of b.years) {
    const before = a.years.find((x) => x.year === y.year)?.grantGrosze;
    if (before !== y.grantGrosze) out.push({ field: `year:${y.year}`, before: String(before ?? ""), after: String(y.grantGrosze) });
  }
  return out;
}

/** Statuses shown in the public register: from signing on (terminated ones too, once signed). */
export const registerStatuses = ["signed", "in_progress", "final_report_accepted", "settled", "terminated"] as const;

/** A bank account number: 26 digits (NRB), spaces allowed, optionally with the PL prefix. */
export function normalizeBankAccount(text: string): string | null {
  const clean = text.replace(/\s/g, "").toUpperCase().replace(/^PL/, "");
  if (!/^\d{26}$/.test(clean)) return null;
  // IBAN check digits (PL = 25 21): the rearranged number mod 97 is 1.
  if (BigInt(`${clean.slice(2)}2521${clean.slice(0, 2)}`) % 97n !== 1n) return null;
  return clean.replace(/^(\d{2})(\d{4})(\d{4})(\d{4})(\d{4})(\d{4})(\d{4})$/, "$1 $2 $3 $4 $5 $6 $7");
}

/** Representatives typed one per line as "Name, role" (the role after the first comma). */
export function parseRepresentatives(text: string): { name: string; role: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 10)
    .map((line) => {
      const at = line.indexOf(",");
      return at < 0 ? { name: line, role: "" } : { name: line.slice(0, at).trim(), role: line.slice(at + 1).trim() };
    });
}

export function representativesText(list: readonly { name: string; role: string }[]): string {
  return list.map((r) => (r.role ? `${r.name}, ${r.role}` : r.name)).join("\n");
}
