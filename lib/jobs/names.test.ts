import { describe, expect, it } from "vitest";
import { messagesByLocale } from "@/lib/i18n/messages";
import { jobRegistry } from "./registry";

/** The jobs page names and describes every scheduled job in both languages (a new module's job once had neither). */
describe("the jobs' texts", () => {
  it("exist for every registered job", () => {
    const missing: string[] = [];
    for (const [locale, messages] of Object.entries(messagesByLocale)) {
      const jobs = (messages as unknown as { jobs: Record<"names" | "descriptions", Record<string, Record<string, string>>> }).jobs;
      for (const { job } of jobRegistry) {
        const [area, name] = job.name.split(".");
        for (const part of ["names", "descriptions"] as const) if (!jobs[part][area]?.[name]) missing.push(`${locale} ${part} ${job.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
