import { BlockList, isIP } from "node:net";

/*
 * Who the client is, when proxies may stand in between (pure rules: lib/http/client-ip.ts applies
 * them to a request). The address that connected to us (the peer) is the client, unless it is one
 * of the proxies named in TRUSTED_PROXIES: then X-Forwarded-For is read from the right, each entry
 * added by the proxy before it, and the first address that is not a trusted proxy is the client.
 * Everything left of it was written by the client itself and proves nothing.
 */

/** "::ffff:10.0.0.1" → "10.0.0.1", "[::1]:443" → "::1", "10.0.0.1:5000" → "10.0.0.1"; null when not an address. */
export function normalizeAddress(value: string | null | undefined): string | null {
  let address = value?.trim() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (v4WithPort) address = v4WithPort[1];
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

export interface TrustedProxies {
  has(address: string): boolean;
}

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDR ranges ("10.0.0.5, 192.168.0.0/16, fd00::/8").
 * Empty (the default) trusts nobody. Throws on an entry that is neither, naming it.
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  let any = false;
  for (const entry of (setting ?? "").split(",").map((part) => part.trim())) {
    if (!entry) continue;
    const [address, prefix, ...rest] = entry.split("/");
    const normalized = normalizeAddress(address);
    const family = normalized && isIP(normalized) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === "ipv6" ? 128 : 32;
    if (
      !normalized ||
      rest.length ||
      (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && /^\d+$/.test(prefix)))
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (e.g. 10.0.0.5 or 10.0.0.0/8).`);
    }
    if (bits === null) list.addAddress(normalized, family);
    else list.addSubnet(normalized, bits, family);
    any = true;
  }
  return {
    has: (address) => any && list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4"),
  };
}

/**
 * The client's address: the peer's, or, when the peer is a trusted proxy, the right-most address of
 * X-Forwarded-For that is not a trusted proxy. Null when the peer is not known.
 */
export function resolveClientAddress(peer: string | null, forwardedFor: string | null, trusted: TrustedProxies): string | null {
  let client = normalizeAddress(peer);
  if (!client) return null;
  const hops = (forwardedFor ?? "").split(",");
  while (trusted.has(client) && hops.length) {
    const previous = normalizeAddress(hops.pop());
    // garbage from a trusted proxy (or an empty entry): the proxy is the last address we can vouch for
    if (!previous) break;
    client = previous;
  }
  return client;
}
