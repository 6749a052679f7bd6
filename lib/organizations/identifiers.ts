/**
 * Polish registry numbers of an organization: KRS, NIP and REGON. Pure, safe for client code.
 * Input may contain spaces or dashes ("542-123-45-67"); `normalizeIdentifier` strips them.
 * Zod schemas give message keys of the `errors` namespace ("errors.nipChecksum").
 */
import { z } from "zod";

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

/** Drops spaces, dashes and dots people type between digit groups (and a "PL" prefix of a NIP). */
export function normalizeIdentifier(value: string): string {
  return value.replace(/^\s*PL/i, "").replace(/[\s.\-]/g, "");
}

function weightedSum(digits: string, weights: readonly number[]) {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  return sum;
}

/** NIP: 10 digits, the last is the weighted sum mod 11 (a sum giving 10 means no valid number). */
export function isValidNip(value: string): boolean {
  const nip = normalizeIdentifier(value);
  if (!/^\d{10}$/.test(nip)) return false;
  const check = weightedSum(nip, NIP_WEIGHTS) % 11;
  return check !== 10 && check === Number(nip[9]);
}

function regonCheck(digits: string, weights: readonly number[]) {
  return (weightedSum(digits, weights) % 11) % 10;
}

/** REGON: 9 digits (an entity) or 14 digits (a local unit, whose first 9 are a valid REGON too). */
export function isValidRegon(value: string): boolean {
  const regon = normalizeIdentifier(value);
  if (/^\d{9}$/.test(regon)) return regonCheck(regon, REGON9_WEIGHTS) === Number(regon[8]);
  if (/^\d{14}$/.test(regon)) {
    return isValidRegon(regon.slice(0, 9)) && regonCheck(regon, REGON14_WEIGHTS) === Number(regon[13]);
  }
  return false;
}

/** KRS: exactly 10 digits (leading zeros kept); it has no check digit. */
export function isValidKrs(value: string): boolean {
  return /^\d{10}$/.test(normalizeIdentifier(value));
}

/** Why a value is refused, as a key of the `errors` messages (without the "errors." prefix). */
export type IdentifierProblem = "krsLength" | "nipLength" | "nipChecksum" | "regonLength" | "regonChecksum";

export function nipProblem(value: string): IdentifierProblem | null {
  const nip = normalizeIdentifier(value);
  if (!/^\d{10}$/.test(nip)) return "nipLength";
  return isValidNip(nip) ? null : "nipChecksum";
}

export function regonProblem(value: string): IdentifierProblem | null {
  const regon = normalizeIdentifier(value);
  if (!/^(\d{9}|\d{14})$/.test(regon)) return "regonLength";
  return isValidRegon(regon) ? null : "regonChecksum";
}

export function krsProblem(value: string): IdentifierProblem | null {
  return isValidKrs(value) ? null : "krsLength";
}

function identifierSchema(problem: (value: string) => IdentifierProblem | null) {
  return z
    .string()
    .trim()
    .transform(normalizeIdentifier)
    .superRefine((value, ctx) => {
      const key = problem(value);
      if (key) ctx.addIssue({ code: "custom", message: `errors.${key}` });
    });
}

/** Required identifiers, normalized to digits only. */
export const krsSchema = identifierSchema(krsProblem);
export const nipSchema = identifierSchema(nipProblem);
export const regonSchema = identifierSchema(regonProblem);

/** Optional form fields: an empty input becomes null, anything else must be valid. */
function optional(schema: typeof krsSchema) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema.nullable().optional());
}

export const optionalKrsSchema = optional(krsSchema);
export const optionalNipSchema = optional(nipSchema);
export const optionalRegonSchema = optional(regonSchema);
