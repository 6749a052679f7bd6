import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./tokens";

const secret = "test-secret-0123456789";
const userId = "4a1f0f0e-1111-4222-8333-944455556666";

describe("unsubscribe tokens", () => {
  it("round-trips every scope", () => {
    for (const scope of [
      { kind: "consultation", consultationId: "c1" },
      { kind: "area", areaSlug: "seniors" },
      { kind: "digest" },
      { kind: "all" },
    ] as const) {
      const token = createUnsubscribeToken({ userId, scope }, secret);
      expect(token).toMatch(/^[A-Za-z0-9_-]{44,}$/);
      expect(verifyUnsubscribeToken(token, secret)).toEqual({ userId, scope });
    }
  });

  it("refuses a tampered payload, a tampered signature, another secret and garbage", () => {
    const token = createUnsubscribeToken({ userId, scope: { kind: "digest" } }, secret);
    const payload = token.slice(0, -43);
    const signature = token.slice(-43);
    const otherPayload = Buffer.from(JSON.stringify({ u: "someone-else", s: { kind: "all" } })).toString("base64url");
    expect(verifyUnsubscribeToken(`${otherPayload}${signature}`, secret)).toBeNull();
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(verifyUnsubscribeToken(`${payload}${flipped}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token, "another-secret")).toBeNull();
    expect(verifyUnsubscribeToken("nonsense", secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${token}x`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token.slice(1), secret)).toBeNull();
    expect(verifyUnsubscribeToken("", secret)).toBeNull();
  });
});
