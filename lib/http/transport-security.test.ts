import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import proxy from "@/proxy";
import { strictTransportSecurity, transportSecurityHeader } from "./transport-security";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Strict-Transport-Security", () => {
  it("is sent only when APP_URL is an https address", () => {
    expect(strictTransportSecurity).toBe("max-age=31536000; includeSubDomains");
    expect(transportSecurityHeader("https://wspolnie.bialystok.pl")).toBe(strictTransportSecurity);
    expect(transportSecurityHeader(" HTTPS://wspolnie.bialystok.pl/ ")).toBe(strictTransportSecurity);
    expect(transportSecurityHeader("http://localhost:3000")).toBeNull();
    expect(transportSecurityHeader("")).toBeNull();
    expect(transportSecurityHeader(undefined)).toBeNull();
  });

  it("is set on pages by the proxy from the running server's APP_URL", () => {
    vi.stubEnv("APP_URL", "https://wspolnie.bialystok.pl");
    expect(proxy(new NextRequest("http://127.0.0.1:3000/organizations")).headers.get("strict-transport-security")).toBe(
      strictTransportSecurity,
    );
    expect(proxy(new NextRequest("http://127.0.0.1:3000/en/consultations?open=1")).headers.get("strict-transport-security")).toBe(
      strictTransportSecurity,
    );
    vi.stubEnv("APP_URL", "http://localhost:3000");
    expect(proxy(new NextRequest("http://127.0.0.1:3000/organizations")).headers.get("strict-transport-security")).toBeNull();
  });
});
