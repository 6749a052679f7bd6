import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "./forwarded";

const none = parseTrustedProxies(undefined);

describe("the client address behind proxies", () => {
  it("is the peer when no proxy is trusted (the default), whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("198.51.100.20", "203.0.113.9", none)).toBe("198.51.100.20");
    expect(resolveClientAddress("::ffff:127.0.0.1", "203.0.113.9, 10.0.0.1", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("10.0.0.5", null, parseTrustedProxies(""))).toBe("10.0.0.5");
  });

  it("is the right-most address a trusted proxy did not add itself", () => {
    const proxies = parseTrustedProxies("10.0.0.5, 192.168.0.0/16");
    // the client forged the left-most entry; the proxy appended the address that connected to it
    expect(resolveClientAddress("10.0.0.5", "1.1.1.1, 198.51.100.20", proxies)).toBe("198.51.100.20");
    // two trusted hops (a load balancer in the private range, then our proxy)
    expect(resolveClientAddress("10.0.0.5", "1.1.1.1, 198.51.100.20, 192.168.4.4", proxies)).toBe("198.51.100.20");
    // every hop trusted: the left-most one is what there is
    expect(resolveClientAddress("10.0.0.5", "192.168.1.1", proxies)).toBe("192.168.1.1");
    // a trusted proxy that sent nothing, or garbage: the proxy itself
    expect(resolveClientAddress("10.0.0.5", null, proxies)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", "1.1.1.1, not-an-address", proxies)).toBe("10.0.0.5");
  });

  it("does not read X-Forwarded-For from a peer that is not a trusted proxy", () => {
    const proxies = parseTrustedProxies("10.0.0.5");
    expect(resolveClientAddress("10.0.0.6", "1.1.1.1", proxies)).toBe("10.0.0.6");
  });

  it("handles IPv6 proxies and ranges", () => {
    const proxies = parseTrustedProxies("fd00::/8, ::1");
    expect(resolveClientAddress("::1", "2001:db8::7, fd00::2", proxies)).toBe("2001:db8::7");
    expect(resolveClientAddress("fd12::1", "[2001:db8::8]:4711", proxies)).toBe("2001:db8::8");
  });

  it("is unknown without a peer", () => {
    expect(resolveClientAddress(null, "203.0.113.9", none)).toBeNull();
    expect(resolveClientAddress("", "203.0.113.9", none)).toBeNull();
  });

  it("normalizes the forms proxies write", () => {
    expect(normalizeAddress(" 203.0.113.9:5100 ")).toBe("203.0.113.9");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("::FFFF:10.1.2.3")).toBe("10.1.2.3");
    expect(normalizeAddress("unknown")).toBeNull();
  });

  it("refuses a malformed TRUSTED_PROXIES entry, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.5, proxy.local")).toThrow(/"proxy.local"/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies("10.0.0.0/8/1")).toThrow();
    expect(() => parseTrustedProxies("10.0.0.0/")).toThrow();
  });
});
