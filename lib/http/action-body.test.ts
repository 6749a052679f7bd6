import { describe, expect, it } from "vitest";
import { actionBodyLimitBytes, actionBodyTooLarge } from "./action-body";

const post = (length: number, headers: Record<string, string> = { "next-action": "abc" }) =>
  new Request("http://localhost/pl/organizations/x/manage/profile", {
    method: "POST",
    headers: { ...headers, "content-length": String(length) },
  });

describe("the body limit of server actions", () => {
  it("holds the largest scan and the form around it (a logo over 1 MB reaches its own check)", () => {
    expect(actionBodyLimitBytes({})).toBe(11 * 1024 * 1024);
    expect(actionBodyLimitBytes({ CONTRACT_SCAN_MAX_MB: "25" })).toBe(26 * 1024 * 1024);
    expect(actionBodyLimitBytes({ CONTRACT_SCAN_MAX_MB: "nonsense" })).toBe(11 * 1024 * 1024);
  });

  it("refuses only actions whose declared body is over it", () => {
    expect(actionBodyTooLarge(post(2 * 1024 * 1024), {})).toBe(false);
    expect(actionBodyTooLarge(post(12 * 1024 * 1024), {})).toBe(true);
    expect(actionBodyTooLarge(post(12 * 1024 * 1024, {}), {})).toBe(false); // not an action: the route decides
  });
});
