/** Test helpers of the updated budget (Vitest and the journeys' fixtures only): an offer with a cut grant. */
import type { Db } from "@/lib/db/open";
import { competitions, offerCostLines, offers } from "@/lib/db/schema";
import { normalizeContent, type OfferContent } from "@/lib/offers/content";
import { computeSums } from "@/lib/offers/rules";
import { completeContent } from "@/lib/offers/testing";
import { pickUpdate, type BudgetUpdateContent } from "./content";

let counter = 0;

/**
 * The original offer: workshops 20 × 2 000 zł and bookkeeping (administrative) 1 × 2 000 zł,
 * 42 000 zł in all; 38 000 zł asked for, 4 000 zł own money. The competition asks for at least 5 %
 * own money and at most 10 % administrative costs.
 */
export function cutGrantOfferContent(): OfferContent {
  const c = completeContent();
  c.task.title = "Warsztaty dla seniorów";
  c.costs.lines = [
    { kind: "task", year: "2027", name: "Warsztaty", units: "20", unit: "godz.", unitCost: "2000" },
    { kind: "admin", year: "2027", name: "Księgowość", units: "1", unit: "usł.", unitCost: "2000" },
  ];
  c.sources = { ...c.sources, requestedGrant: "38000", ownFinancial: "4000" };
  return c;
}

/** An update that fits a 30 000 zł grant: 15 hours of workshops, the same bookkeeping, 2 000 zł own money. */
export function fittingUpdate(): BudgetUpdateContent {
  const update = pickUpdate(cutGrantOfferContent());
  return {
    task: { ...update.task, schedule: [{ action: "Warsztaty (15 spotkań)", from: "2027-02-01", to: "2027-05-31", who: "oferent" }] },
    costs: {
      lines: [
        { kind: "task", year: "2027", name: "Warsztaty", units: "15", unit: "godz.", unitCost: "2000" },
        { kind: "admin", year: "2027", name: "Księgowość", units: "1", unit: "usł.", unitCost: "2000" },
      ],
    },
    sources: { ...update.sources, requestedGrant: "30000", ownFinancial: "2000" },
  };
}

/** A competition with published results and an offer of `organizationId` granted `grantedGrosze` (default 30 000 zł of 38 000 zł). */
export async function createCutGrantOffer(db: Db, organizationId: string, options: { grantedGrosze?: number; title?: string } = {}) {
  counter++;
  const [competition] = await db
    .insert(competitions)
    .values({
      number: `BU/${process.pid}/${counter}`,
      title: "Konkurs: aktywni seniorzy",
      status: "results_published",
      fundingForm: "support",
      budgetGrosze: 100_000_00,
      minOwnFinancialBp: 500,
      maxAdminCostBp: 1000,
      taskStartDate: "2027-01-01",
      taskEndDate: "2027-12-31",
    })
    .returning({ id: competitions.id });
  const content = cutGrantOfferContent();
  if (options.title) content.task.title = options.title;
  const sums = computeSums(normalizeContent(content), 2027);
  const [offer] = await db
    .insert(offers)
    .values({
      competitionId: competition.id,
      organizationId,
      status: "awaiting_update",
      title: content.task.title,
      content,
      totalCostGrosze: sums.totalCost,
      requestedGrantGrosze: sums.requestedGrant,
      ownFinancialGrosze: sums.ownFinancial,
      grantedGrosze: options.grantedGrosze ?? 30_000_00,
      checksum: "0000-0000",
      submittedAt: new Date("2026-10-01T10:00:00Z"),
    })
    .returning({ id: offers.id });
  await db.insert(offerCostLines).values(
    sums.lines.map((l, position) => ({
      offerId: offer.id,
      position,
      kind: l.kind,
      year: l.year,
      name: l.name,
      units: (l.unitsHundredths / 100).toFixed(2),
      unit: l.unit,
      unitCostGrosze: l.unitCostGrosze,
      totalGrosze: l.totalGrosze,
    })),
  );
  return { offerId: offer.id, competitionId: competition.id };
}
