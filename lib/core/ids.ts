import { z } from "zod";

/**
 * Record ids are PostgreSQL UUIDs in their canonical text form: 8-4-4-4-12 hexadecimal digits.
 * Every id that comes from outside (a URL segment, a form field, a JSON body) is parsed here
 * before it reaches a query, so a malformed one is "not found" (a 404 or the "notFound"
 * refusal), never a database error. Any version is accepted (the demo uses name-based ids).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a well-formed id. */
export function isId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The id in lower case, or null when the value is not one. */
export function parseId(value: unknown): string | null {
  return isId(value) ? value.toLowerCase() : null;
}

/** The same rule inside a zod schema; a malformed id is refused as "notFound" (a hidden field the person never typed). */
export const idSchema = z
  .string("errors.notFound")
  .regex(UUID, "errors.notFound")
  .transform((value) => value.toLowerCase());

/** An optional id field of a form: empty means none. */
export const optionalIdSchema = z.union([z.literal("").transform(() => null), idSchema]).optional();
