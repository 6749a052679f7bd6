import { describe, expect, it } from "vitest";
import { competitionInputSchema } from "@/lib/competitions/input";
import { commentSchema, consultationSchema } from "@/lib/consultations/schemas";
import { missingFields, computeSums } from "@/lib/offers/rules";
import { emptyContent } from "@/lib/offers/content";

/* Dates and numbers that look right but the database cannot take: each a field error, never a 500. */
const issuesAt = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  (result.error?.issues ?? []).filter((issue) => issue.path[0] === field).map((issue) => issue.message);

describe("an impossible calendar date (2026-02-30)", () => {
  it("is a field error of the consultation and competition forms", () => {
    expect(issuesAt(consultationSchema.safeParse({ startDate: "2026-02-30", endDate: "2026-13-01" }), "startDate")).toContain(
      "errors.invalidDate",
    );
    expect(issuesAt(consultationSchema.safeParse({ startDate: "2026-02-28", endDate: "2026-13-01" }), "endDate")).toContain(
      "errors.invalidDate",
    );
    expect(issuesAt(consultationSchema.safeParse({ startDate: "2026-02-28" }), "startDate")).toEqual([]);
    expect(issuesAt(competitionInputSchema.safeParse({ taskStartDate: "2026-02-30" }), "taskStartDate")).toContain("errors.date");
  });

  it("is a missing date of an offer (the contract drawn from it would take it)", () => {
    const content = emptyContent();
    content.task.startDate = "2026-02-30";
    content.task.endDate = "2026-12-31";
    const missing = missingFields(content, computeSums(content, 2026)).map((issue) => issue.field);
    expect(missing).toContain("task.startDate");
    expect(missing).not.toContain("task.endDate");
  });
});

describe("a paragraph number past the database's integer", () => {
  it("is a field error of the comment", () => {
    const comment = { consultationId: "3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f", body: "Uwaga" };
    expect(issuesAt(commentSchema.safeParse({ ...comment, paragraphNumber: "99999999999" }), "paragraphNumber")).not.toEqual([]);
    expect(commentSchema.safeParse({ ...comment, paragraphNumber: "3" }).success).toBe(true);
  });
});
