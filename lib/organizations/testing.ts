/** Valid registry numbers for tests and the journeys' fixtures, generated with the real check digits. */
const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];

/** A valid NIP made from a 9-digit seed (the next seed is tried when the check digit would be 10). */
export function validNip(seed: number): string {
  for (let s = seed; ; s++) {
    const base = String(s).padStart(9, "0").slice(-9);
    const check = NIP_WEIGHTS.reduce((sum, w, i) => sum + w * Number(base[i]), 0) % 11;
    if (check !== 10) return base + check;
  }
}

export function validRegon(seed: number): string {
  const base = String(seed).padStart(8, "0").slice(-8);
  const check = (REGON9_WEIGHTS.reduce((sum, w, i) => sum + w * Number(base[i]), 0) % 11) % 10;
  return base + check;
}

export function validKrs(seed: number): string {
  return String(seed).padStart(10, "0").slice(-10);
}
