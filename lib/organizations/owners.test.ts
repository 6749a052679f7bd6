import { describe, expect, it } from "vitest";
import { applyMemberChange, keepsAnOwner } from "./owners";

const members = [
  { userId: "a", role: "owner" as const },
  { userId: "b", role: "editor" as const },
];

describe("at least one owner", () => {
  it("refuses demoting or removing the last owner", () => {
    expect(keepsAnOwner(members, { userId: "a", action: "setEditor" })).toBe(false);
    expect(keepsAnOwner(members, { userId: "a", action: "remove" })).toBe(false);
  });

  it("allows it once another owner exists", () => {
    const two = applyMemberChange(members, { userId: "b", action: "setOwner" });
    expect(two.filter((m) => m.role === "owner")).toHaveLength(2);
    expect(keepsAnOwner(two, { userId: "a", action: "remove" })).toBe(true);
    expect(keepsAnOwner(two, { userId: "a", action: "setEditor" })).toBe(true);
  });

  it("editors can be removed or promoted freely", () => {
    expect(keepsAnOwner(members, { userId: "b", action: "remove" })).toBe(true);
    expect(keepsAnOwner(members, { userId: "b", action: "setOwner" })).toBe(true);
  });
});
