/**
 * Deterministic, checksum-valid Polish registry numbers for demo data. Pure: no server imports.
 * (The application's own validation module lives elsewhere; these helpers only make the seed valid.)
 */

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;

function weightedSum(digits: string, weights: readonly number[]) {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  return sum;
}

/** Check digit for the first 9 digits of a NIP, or null when the sum gives 10 (such a NIP cannot exist). */
export function nipCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) throw new Error(`NIP body must be 9 digits: ${first9}`);
  const check = weightedSum(first9, NIP_WEIGHTS) % 11;
  return check === 10 ? null : check;
}

/** Check digit for the first 8 digits of a 9-digit REGON (a remainder of 10 gives 0). */
export function regonCheckDigit(first8: string): number {
  if (!/^\d{8}$/.test(first8)) throw new Error(`REGON body must be 8 digits: ${first8}`);
  return (weightedSum(first8, REGON9_WEIGHTS) % 11) % 10;
}

export function isSeedNipValid(nip: string) {
  return /^\d{10}$/.test(nip) && nipCheckDigit(nip.slice(0, 9)) === Number(nip[9]);
}

export function isSeedRegonValid(regon: string) {
  return /^\d{9}$/.test(regon) && regonCheckDigit(regon.slice(0, 8)) === Number(regon[8]);
}

/** FNV-1a, 32 bits: a stable number from a string, so identifiers do not depend on list order. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function digits(value: number, length: number) {
  return String(value % 10 ** length).padStart(length, "0");
}

/** NIP with a Białystok tax-office prefix (542: I US, 966: II US); bumps the body when the checksum would be 10. */
export function makeNip(seed: string): string {
  const h = stableHash(`nip:${seed}`);
  const prefix = h % 2 === 0 ? "542" : "966";
  let body = Math.floor(h / 2) % 1_000_000;
  for (;;) {
    const first9 = prefix + digits(body, 6);
    const check = nipCheckDigit(first9);
    if (check !== null) return first9 + String(check);
    body = (body + 1) % 1_000_000;
  }
}

/** 9-digit REGON starting with 20 (the Podlaskie prefix of older numbers). */
export function makeRegon(seed: string): string {
  const first8 = "20" + digits(stableHash(`regon:${seed}`), 6);
  return first8 + String(regonCheckDigit(first8));
}

/** KRS number: 10 digits, zero-padded, in the range NGOs registered since 2001 actually have. */
export function makeKrs(seed: string): string {
  return "0000" + String(10_000 + (stableHash(`krs:${seed}`) % 990_000)).padStart(6, "0");
}
