import { demoId } from "./demo";

/**
 * Numbers and report ids of the reports module's demo contracts for the e2e journeys (outside the
 * numbering pattern, so they never shift real numbers). Kept apart from ./reports.ts, which is
 * server-only, so Playwright can import them.
 */
export const REPORTS_E2E = { settle: "DSS-I.526.R1.2025", hold: "DSS-I.526.R2.2025", other: "DSS-I.526.R3.2026" } as const;
export const reportDemoId = (number: string, kind: "partial" | "final", year: number) => demoId("report", `${number}:${kind}:${year}`);
