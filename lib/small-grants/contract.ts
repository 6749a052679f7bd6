import { yearsOfPeriod } from "@/lib/contracts/rules";
import { contractSettings } from "@/lib/contracts/settings";
import type { NewContract } from "@/lib/contracts/insert";
import type { smallGrants } from "@/lib/db/schema";

type Grant = Pick<
  typeof smallGrants.$inferSelect,
  "id" | "organizationId" | "title" | "areaSlug" | "startDate" | "endDate" | "costLines" | "grantGrosze" | "ownGrosze"
>;

/**
 * The contract of an accepted small grant: its money in one budget year, one party, the simplified cost table as
 * task costs (each line one unit at its total, its grant share as offered). Entrustment when the
 * organization adds no own money, support otherwise. A draft: the contracts pages take it from there.
 */
export function contractOfSmallGrant(grant: Grant, createdBy: string | null, createdOn: string): NewContract {
  const startDate = grant.startDate!;
  const endDate = grant.endDate!;
  const year = Number(startDate.slice(0, 4));
  return {
    source: "small_grant",
    smallGrantId: grant.id,
    status: "draft",
    title: grant.title,
    fundingForm: grant.ownGrosze > 0 ? "support" : "entrustment",
    areaSlug: grant.areaSlug,
    startDate,
    endDate,
    // a task across the year end (when the city allows it) is paid and settled from the year it starts
    years: yearsOfPeriod(startDate, endDate).map((y) =>
      y === year
        ? { year, grantGrosze: grant.grantGrosze, ownFinancialGrosze: grant.ownGrosze, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 }
        : { year: y, grantGrosze: 0, ownFinancialGrosze: 0, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 },
    ),
    costLines: grant.costLines.map((l) => ({
      kind: "task" as const,
      year,
      name: l.name,
      units: "1.00",
      unit: "kpl.",
      unitCostGrosze: l.grantGrosze + l.ownGrosze,
      totalGrosze: l.grantGrosze + l.ownGrosze,
      grantGrosze: l.grantGrosze,
    })),
    schedule: [{ name: grant.title, startDate, endDate, year }],
    bankAccount: "",
    cityRepresentatives: [],
    parties: [{ organizationId: grant.organizationId, isLead: true, representatives: [] }],
    costShiftToleranceBp: contractSettings.costShiftToleranceBp,
    firstTrancheDays: contractSettings.firstTrancheDays,
    tranchesWaitForPartialReport: false,
    createdBy,
    createdOn,
  };
}
