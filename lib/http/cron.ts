import { timingSafeEqual } from "node:crypto";

/**
 * An outside scheduler's bearer token: `Authorization: Bearer <token>` matching one of the named
 * environment variables (unset ones match nothing). Compared in constant time.
 */
export function cronTokenValid(request: Request, envNames: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const given = request.headers
    .get("authorization")
    ?.replace(/^Bearer\s+/i, "")
    .trim();
  if (!given) return false;
  const b = Buffer.from(given);
  return envNames.some((name) => {
    const expected = env[name]?.trim();
    if (!expected) return false;
    const a = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  });
}
