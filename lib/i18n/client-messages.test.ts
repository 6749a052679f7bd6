import { describe, expect, it } from "vitest";
import { clientNamespaceNeeds } from "@/tests/client-namespaces";
import { BASE_NAMESPACES, clientMessages } from "./client-messages";
import { messagesByLocale } from "./messages";

describe("messages sent to the browser", () => {
  it("cover every namespace the client components of each page use", () => {
    const uncovered = clientNamespaceNeeds([...BASE_NAMESPACES])
      .filter((p) => p.missing.length)
      .map((p) => `${p.page}: ${p.missing.join(", ")}`);
    expect(uncovered).toEqual([]);
  });

  it("pick only the requested namespaces, nested paths included", () => {
    const picked = clientMessages("pl", ["reports.f", "auth"]) as Record<string, Record<string, unknown>>;
    expect(Object.keys(picked).sort()).toEqual(["auth", "errors", "reports", "serverError", "shell"]);
    expect(Object.keys(picked.reports)).toEqual(["f"]);
    expect(picked.reports.f).toBe((messagesByLocale.pl as Record<string, Record<string, unknown>>).reports.f);
    expect(() => clientMessages("en", ["noSuchNamespace"])).toThrow(/noSuchNamespace/);
  });

  it("keep a page's hydration data small: the shell's texts are a fraction of the catalogue", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(clientMessages("pl", []))).toBeLessThan(size(messagesByLocale.pl) / 10);
  });
});
