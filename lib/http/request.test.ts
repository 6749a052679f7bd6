import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./request";

describe("the return path after log-in", () => {
  it("keeps paths of this site, with their query", () => {
    expect(safeReturnPath("/consultations/1?order=oldest")).toBe("/consultations/1?order=oldest");
    expect(safeReturnPath("/en/account")).toBe("/en/account");
  });

  it("percent-encodes characters a Location header cannot carry (U+3000 answered 500)", () => {
    expect(safeReturnPath("/\u3000")).toBe("/%E3%80%80");
    expect(safeReturnPath("/konsultacje/zażółć")).toBe("/konsultacje/za%C5%BC%C3%B3%C5%82%C4%87");
  });

  it("refuses other hosts however they are written", () => {
    for (const value of ["//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example/", "evil", "", 42, null])
      expect(safeReturnPath(value, "/account"), String(value)).toBe("/account");
  });
});
