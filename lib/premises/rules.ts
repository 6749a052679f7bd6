/*
 * Pure rules of municipal premises let to NGOs on preferential terms: money in grosze, areas as
 * decimal strings (numeric(8,2) in the database), never floating-point sums.
 */
import { premisesConditions } from "@/lib/db/schema/premises";

export { premisesConditions };
export type PremisesCondition = (typeof premisesConditions)[number];

/** "12,50" or "12.5" zł → 1250 grosze; null when it is not an amount with at most two decimals. */
export function zlotyToGrosze(value: string): number | null {
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value.trim().replace(/\s/g, ""));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** "48,5" m² → "48.50" (what numeric(8,2) stores); null when not a positive area with at most two decimals. */
export function parseArea(value: string): string | null {
  const centi = zlotyToGrosze(value);
  if (centi === null || centi <= 0 || centi >= 100_000_000) return null;
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, "0")}`;
}

/** The monthly rent in grosze: the area (in hundredths of m², exact) times the rent per m², rounded to the grosz. */
export function monthlyRent(area: string, rentPerM2: number): number {
  const centi = zlotyToGrosze(area) ?? 0;
  return Math.round((centi * rentPerM2) / 100);
}

/** A granted premises is in use by the organization on `day` when the term has started and not ended. */
export function letOn(term: { termStart: string | null; termEnd: string | null }, day: string): boolean {
  return !!term.termStart && !!term.termEnd && term.termStart <= day && day <= term.termEnd;
}
