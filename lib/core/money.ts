/** Money as typed by people ("12 500,50", "12500.5") to integer grosze, and back. Pure, no floats. */

/**
 * The largest amount the platform takes: 10 000 000 000,00 zł, far above any city's budget. Sums of
 * hundreds of such amounts stay exact in a JavaScript number and fit PostgreSQL's bigint (an
 * amount past it overflowed bigint: a 500).
 */
export const maxAmountGrosze = 1_000_000_000_000;

/** Grosze from typed text, or null when it is not an amount or is over maxAmountGrosze. */
export function parseMoney(text: string | undefined | null): number | null {
  if (text == null) return null;
  const clean = String(text)
    .replace(/[\s\u00a0]|zł/g, "")
    .replace(",", ".");
  if (clean === "") return null;
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  const grosze = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return grosze <= maxAmountGrosze ? grosze : null;
}

/** Quantities with up to two decimals ("2,5") to hundredths. */
export function parseUnits(text: string | undefined | null): number | null {
  if (text == null) return null;
  const clean = String(text)
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** units (hundredths) × unit cost (grosze), rounded half up to whole grosze, in exact integer arithmetic. */
export function lineTotal(unitsHundredths: number, unitCostGrosze: number): number {
  const product = BigInt(unitsHundredths) * BigInt(unitCostGrosze);
  return Number((product + 50n) / 100n);
}

/** Grosze to an editable "12500,50". */
export function groszeToInput(grosze: number): string {
  return `${Math.trunc(grosze / 100)},${String(Math.abs(grosze % 100)).padStart(2, "0")}`;
}

/** a / b in basis points (1% = 100), rounded down; 0 when b is 0. */
export function shareBp(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Number((BigInt(part) * 10000n) / BigInt(whole));
}
