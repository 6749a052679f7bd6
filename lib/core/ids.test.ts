import { describe, expect, it } from "vitest";
import { idSchema, isId, parseId } from "./ids";

describe("the id parser", () => {
  it("accepts the canonical 8-4-4-4-12 form of any version, in lower case", () => {
    expect(parseId("3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f")).toBe("3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f");
    expect(parseId("3F2B8C1E-9D4A-4C7B-8E2F-1A2B3C4D5E6F")).toBe("3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f");
    expect(isId("00000000-0000-0000-0000-000000000000")).toBe(true);
    expect(isId("a1b2c3d4-0000-5000-8000-000000000001")).toBe(true); // name-based (the demo's ids)
  });

  it("refuses 36 dashes, words, wrong groups, braces, spaces and non-strings", () => {
    for (const value of [
      "------------------------------------",
      "not-a-uuid",
      "",
      "3f2b8c1e9d4a4c7b8e2f1a2b3c4d5e6f",
      "{3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f}",
      " 3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f",
      "3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6",
      "3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6g",
      "3f2b8c1e9-d4a-4c7b-8e2f-1a2b3c4d5e6f",
      "../admin",
      "3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f' or '1'='1",
    ])
      expect(parseId(value), value).toBeNull();
    for (const value of [undefined, null, 42, ["3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f"], {}]) expect(isId(value)).toBe(false);
  });

  it("refuses a malformed id in a schema as 'notFound'", () => {
    const parsed = idSchema.safeParse("------------------------------------");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe("errors.notFound");
    expect(idSchema.parse("3F2B8C1E-9D4A-4C7B-8E2F-1A2B3C4D5E6F")).toBe("3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f");
  });
});
