import { describe, expect, it } from "vitest";
import { messagesByLocale } from "./messages";

/** Every text's path, e.g. "organization.branchName"; ICU plurals are leaves (strings). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("message files", () => {
  it("hold the same texts in Polish and in English (a text missing in one language shows as its key)", () => {
    const pl = new Set(keyPaths(messagesByLocale.pl));
    const en = new Set(keyPaths(messagesByLocale.en));
    expect(
      [...pl].filter((key) => !en.has(key)),
      "in Polish only",
    ).toEqual([]);
    expect(
      [...en].filter((key) => !pl.has(key)),
      "in English only",
    ).toEqual([]);
  });
});
