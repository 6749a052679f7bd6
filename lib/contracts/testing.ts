/** Test helpers of the contracts module (Vitest only): a granted offer ready to become a contract. */
import type { Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { competitions, offerCostLines, offerPartners, offers } from "@/lib/db/schema";
import { normalizeContent } from "@/lib/offers/content";

export function principalOf(user: { id: string; email: string }, orgs: [string, "owner" | "editor"][] = [], isAdmin = false): Principal {
  return {
    userId: user.id,
    email: user.email,
    name: "Test",
    isAdmin,
    isCentreStaff: false,
    organizations: new Map(orgs),
    commissions: new Set(),
  };
}

let counter = 0;

/**
 * A competition with results and one granted offer of `organizationId` (joint with `partners`):
 * per year of `years` two lines (10 000 zł and 2 000 zł), the grant `grantedGrosze`.
 */
export async function createGrantedOffer(
  db: Db,
  organizationId: string,
  options: {
    years?: number[];
    grantedGrosze?: number;
    partners?: string[];
    status?: "granted" | "updated" | "awaiting_update";
    /** V.C as typed, one row per party (the lead, then `partners`) */
    split?: { costs: string; grant: string }[];
  } = {},
) {
  const years = options.years ?? [2026];
  counter++;
  const [competition] = await db
    .insert(competitions)
    .values({
      number: `TC/${process.pid}/${counter}`,
      title: "Konkurs",
      status: "results_published",
      fundingForm: "support",
      areaSlug: null,
    })
    .returning({ id: competitions.id });
  const content = normalizeContent({
    applicant: { representatives: [{ name: "Anna Nowak", role: "prezes zarządu" }] },
    task: {
      title: `Zadanie ${counter}`,
      startDate: `${years[0]}-02-01`,
      endDate: `${years[years.length - 1]}-11-30`,
      schedule: [{ action: "Zajęcia", from: `${years[0]}-02-01`, to: `${years[0]}-06-30`, who: "" }],
      results: [{ name: "Uczestnicy", target: "40", measure: "listy" }],
    },
    split: {
      shares: (options.split ?? []).map((share, i) => ({ organizationId: [organizationId, ...(options.partners ?? [])][i], ...share })),
    },
  });
  const total = years.length * 12_000_00;
  const [offer] = await db
    .insert(offers)
    .values({
      competitionId: competition.id,
      organizationId,
      status: options.status ?? "granted",
      title: `Zadanie ${counter}`,
      content,
      totalCostGrosze: total,
      requestedGrantGrosze: total - 1_000_00,
      ownFinancialGrosze: 1_000_00,
      grantedGrosze: options.grantedGrosze ?? total - 1_000_00,
    })
    .returning({ id: offers.id });
  await db.insert(offerCostLines).values(
    years.flatMap((year, i) => [
      {
        offerId: offer.id,
        position: 2 * i,
        kind: "task" as const,
        year,
        name: `Zajęcia ${year}`,
        units: "100.00",
        unit: "godz.",
        unitCostGrosze: 100_00,
        totalGrosze: 10_000_00,
      },
      {
        offerId: offer.id,
        position: 2 * i + 1,
        kind: "admin" as const,
        year,
        name: `Księgowość ${year}`,
        units: "1.00",
        unit: "usł.",
        unitCostGrosze: 2_000_00,
        totalGrosze: 2_000_00,
      },
    ]),
  );
  for (const partner of options.partners ?? []) await db.insert(offerPartners).values({ offerId: offer.id, organizationId: partner });
  return { offerId: offer.id, competitionId: competition.id };
}

/** A valid Polish account number (IBAN check digits right). */
export const testBankAccount = "61 1090 1014 0000 0712 1981 2874";
