import { groszeToInput } from "@/lib/core/money";
import { normalizeReportContent, type ReportContent } from "./content";

type Line = { id: string; year: number; totalGrosze: number; grantGrosze: number };

/**
 * A complete report over the given cost lines (demo seed and tests): every line spent as planned
 * unless `spend` says otherwise; own money covers the rest of each line's cost.
 */
export function sampleReportContent(lines: Line[], spend: Record<string, { total: number; grant: number }> = {}): ReportContent {
  const c = normalizeReportContent({});
  c.results = {
    narrative: "Przeprowadzono 100 godzin warsztatów dla 60 osób.",
    items: [{ name: "Uczestnicy", target: "60", achieved: "62", comment: "" }],
  };
  c.activities = { items: [{ name: "Warsztaty", planned: "", done: "Zrealizowano w całości.", deviations: "" }], inKind: "" };
  c.costs.lines = lines.map((l) => ({
    lineId: l.id,
    actualTotal: groszeToInput(spend[l.id]?.total ?? l.totalGrosze),
    actualGrant: groszeToInput(spend[l.id]?.grant ?? l.grantGrosze),
  }));
  const total = lines.reduce((s, l) => s + (spend[l.id]?.total ?? l.totalGrosze), 0);
  const grant = lines.reduce((s, l) => s + (spend[l.id]?.grant ?? l.grantGrosze), 0);
  c.sources = { ownFinancial: groszeToInput(total - grant), ownNonFinancial: "", participantFees: "", otherRevenue: "", feesInfo: "" };
  c.people = { staff: "2 trenerów, koordynatorka", volunteers: "5", volunteerHours: "120", volunteerWork: "pomoc przy warsztatach" };
  c.declarations = { statusUnchanged: true, truth: true, procurement: true, data: true };
  return c;
}
