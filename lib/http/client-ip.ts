import "server-only";
import { headers } from "next/headers";

/** No proxy named the client: a per-client limit cannot tell clients apart, so it does not apply. */
export const unknownClient = "unknown";

/**
 * The client address the per-client limits count (log-in failures, password-reset requests): the
 * first X-Forwarded-For entry, else X-Real-IP. The one place that decides it, so which proxies are
 * trusted is settled here for every limit.
 */
export function clientIpFrom(requestHeaders: Headers) {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || requestHeaders.get("x-real-ip") || unknownClient;
}

/** The client address of the request a server action runs in. */
export async function requestClientIp() {
  return clientIpFrom(await headers());
}
