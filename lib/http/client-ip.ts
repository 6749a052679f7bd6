import "server-only";
import { headers } from "next/headers";
import { parseTrustedProxies, resolveClientAddress, type TrustedProxies } from "./forwarded";
import { peerAddressHeader } from "./peer-address";

/** The peer is not known (the server was not started through `npm start`/`next start` with instrumentation). */
export const unknownClient = "unknown";

let trusted: { setting: string | undefined; proxies: TrustedProxies } | undefined;

/** TRUSTED_PROXIES, parsed once per value (instrumentation.ts refuses to start with a malformed one). */
export function trustedProxies(): TrustedProxies {
  const setting = process.env.TRUSTED_PROXIES;
  if (!trusted || trusted.setting !== setting) trusted = { setting, proxies: parseTrustedProxies(setting) };
  return trusted.proxies;
}

/**
 * The client address the per-client limits count (log-in failures and delays, requests for mailed
 * links): the address that connected to the server (stamped on the request by lib/http/peer-address.ts,
 * overwriting anything the client sent under that name), or, when that is a proxy named in
 * TRUSTED_PROXIES, the client that proxy names in X-Forwarded-For (lib/http/forwarded.ts). The one
 * place that decides it, for every limit.
 */
export function clientIpFrom(requestHeaders: Headers) {
  return (
    resolveClientAddress(requestHeaders.get(peerAddressHeader), requestHeaders.get("x-forwarded-for"), trustedProxies()) ?? unknownClient
  );
}

/** The client address of the request a server action runs in. */
export async function requestClientIp() {
  return clientIpFrom(await headers());
}
