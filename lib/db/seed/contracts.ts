import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { warsawDate } from "@/lib/dates/warsaw";
import type { ContractCostLineTerms, ContractTerms } from "@/lib/contracts/insert";
import { insertContract } from "@/lib/contracts/insert";
import { addDays, splitGrantOverLines } from "@/lib/contracts/rules";
import type { Db, Tx } from "@/lib/db/open";
import { competitions, contracts, contractTranches, offerCostLines, offers } from "@/lib/db/schema";
import { offerChecksum } from "@/lib/offers/checksum";
import { computeSums } from "@/lib/offers/rules";
import { demoOfferContent } from "./competitions";
import { demoId } from "./demo";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";

/*
 * Contracts demo (issue 6): DSS-I.526.3.2025 — SocLab's 3-year contract 2025–2027 in its second
 * year (2025 paid; 2026 first tranche paid, the second payable once the 2025 partial report is
 * accepted; 2027 held for the 2026 report); DSS-I.526.14.2026 — OWOP's one-year 2026 task ended in
 * October; DSS-I.526.7.2025 — OWOP's 2025 contract that lib/reports settles with a return. For the
 * e2e journeys (contracts.spec.ts): a granted SocLab offer without a contract in competition
 * E2E_CONTRACT_COMPETITION, and DSS-I.526.91.2026, SocLab's running contract for the amendment.
 * Idempotent: marker = the e2e amendment contract.
 */
export const E2E_CONTRACT_COMPETITION = "DSS-I.526.40.2026";
export const E2E_AMENDMENT_CONTRACT = "DSS-I.526.91.2026";
export const E2E_OFFER_TITLE = "Cyfrowi seniorzy — warsztaty na osiedlach (umowa e2e)";
export const DEMO_BANK_ACCOUNT = "61 1090 1014 0000 0712 1981 2874";

const admin = () => demoId("user", "admin@demo.test");
const city = [{ name: "Rafał Rudnicki", role: "Zastępca Prezydenta Miasta Białegostoku" }];

type Line = Omit<ContractCostLineTerms, "grantGrosze"> & { grantGrosze?: number };
const line = (year: number, kind: "task" | "admin", name: string, units: number, unit: string, unitCostZl: number): Line => ({
  kind,
  year,
  name,
  units: units.toFixed(2),
  unit,
  unitCostGrosze: unitCostZl * 100,
  totalGrosze: units * unitCostZl * 100,
});

function terms(t: {
  title: string;
  area: string;
  start: string;
  end: string;
  org: string;
  reps: { name: string; role: string }[];
  grants: Record<number, number>;
  own: number;
  lines: Line[];
  schedule: [string, string, string][];
}): ContractTerms {
  const years = Object.entries(t.grants).map(([year, g]) => ({
    year: Number(year),
    grantGrosze: g,
    ownFinancialGrosze: t.own,
    ownNonFinancialGrosze: 0,
    participantFeesGrosze: 0,
  }));
  const explicit = t.lines.every((l) => l.grantGrosze !== undefined);
  return {
    title: t.title,
    fundingForm: "support",
    areaSlug: t.area,
    startDate: t.start,
    endDate: t.end,
    years,
    costLines: explicit ? (t.lines as ContractCostLineTerms[]) : splitGrantOverLines(t.lines, years),
    schedule: t.schedule.map(([name, startDate, endDate]) => ({ name, startDate, endDate, year: Number(startDate.slice(0, 4)) })),
    bankAccount: DEMO_BANK_ACCOUNT,
    cityRepresentatives: city,
    parties: [{ organizationId: t.org, isLead: true, representatives: t.reps }],
    costShiftToleranceBp: 1000,
    firstTrancheDays: 30,
    tranchesWaitForPartialReport: Object.keys(t.grants).length > 1,
  };
}

async function signed(
  tx: Tx,
  number: string,
  value: ContractTerms,
  sign: { org: string; city: string; signatory: string },
  status: "signed" | "in_progress",
  tranches: { due: string; zl: number; paid?: string; waits?: number }[],
) {
  const id = demoId("contract", number);
  await insertContract(tx, { ...value, id, number, source: "offer", status, createdBy: admin(), createdOn: addDays(sign.city, -14) });
  await tx
    .update(contracts)
    .set({
      sentAt: new Date(`${addDays(sign.org, -3)}T10:00:00+01:00`),
      organizationSignedOn: sign.org,
      organizationSignatory: sign.signatory,
      citySignedOn: sign.city,
      citySignatory: city[0].name,
    })
    .where(eq(contracts.id, id));
  const positions = new Map<number, number>();
  for (const t of tranches) {
    const year = Number(t.due.slice(0, 4));
    positions.set(year, (positions.get(year) ?? 0) + 1);
    await tx.insert(contractTranches).values({
      contractId: id,
      year,
      position: positions.get(year)!,
      dueDate: t.due,
      amountGrosze: t.zl * 100,
      waitsForReportYear: t.waits ?? null,
      paidOn: t.paid ?? null,
      paidGrosze: t.paid ? t.zl * 100 : null,
      paidBy: t.paid ? admin() : null,
    });
  }
  return id;
}

/** A competition with results published and one granted SocLab offer (no contract yet) for the e2e journey. */
async function e2eGrantedOffer(tx: Tx, soclab: string, today: string) {
  const id = demoId("competition", E2E_CONTRACT_COMPETITION);
  const start = addDays(today, 2);
  const end = `${start.slice(0, 4)}-12-31`;
  await tx.insert(competitions).values({
    id,
    number: E2E_CONTRACT_COMPETITION,
    title: "Aktywność cyfrowa seniorów (konkurs do ścieżki umowy)",
    status: "results_published",
    areaSlug: "seniors",
    fundingForm: "support",
    description: "Konkurs demonstracyjny z rozstrzygniętymi wynikami: z przyznanej oferty powstaje umowa.",
    budgetGrosze: 30_000_00,
    minOwnFinancialBp: 500,
    taskStartDate: start,
    taskEndDate: end,
    publishedAt: new Date(Date.now() - 60 * 86_400_000),
    offerDeadline: new Date(Date.now() - 35 * 86_400_000),
  });
  const content = demoOfferContent(
    E2E_OFFER_TITLE,
    20_000,
    { taskStart: start, taskEnd: end, minOwnFinancialPct: 5, minOwnNonFinancialPct: 0 },
    SOCLAB_NAME,
  );
  content.applicant.representatives = [{ name: "Katarzyna Sobolewska", role: "prezes zarządu" }];
  const year = Number(start.slice(0, 4));
  const sums = computeSums(content, year);
  const offerId = demoId("offer", `${id}:${soclab}`);
  const submittedAt = new Date(Date.now() - 40 * 86_400_000);
  await tx.insert(offers).values({
    id: offerId,
    competitionId: id,
    organizationId: soclab,
    status: "granted",
    title: E2E_OFFER_TITLE,
    content,
    totalCostGrosze: sums.totalCost,
    requestedGrantGrosze: sums.requestedGrant,
    ownFinancialGrosze: sums.ownFinancial,
    ownNonFinancialGrosze: sums.ownNonFinancial,
    participantFeesGrosze: sums.participantFees,
    grantedGrosze: sums.requestedGrant,
    checksum: offerChecksum({ competitionId: id, organizationId: soclab, content }),
    submittedAt,
    createdAt: submittedAt,
    updatedAt: submittedAt,
  });
  await tx.insert(offerCostLines).values(
    sums.lines.map((l, position) => ({
      offerId,
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
  const decidedAt = new Date(Date.now() - 20 * 86_400_000);
  await tx.update(offers).set({ grantDecidedBy: admin(), grantDecidedAt: decidedAt }).where(eq(offers.id, offerId));
  await tx
    .update(competitions)
    .set({ scoringClosedAt: decidedAt, scoringClosedBy: admin(), resultsPublishedAt: decidedAt, resultsPublishedBy: admin() })
    .where(eq(competitions.id, id));
}

export async function seedContracts(db: Db, now = new Date()) {
  const marker = demoId("contract", E2E_AMENDMENT_CONTRACT);
  const [done] = await db.select({ id: contracts.id }).from(contracts).where(eq(contracts.id, marker));
  if (done) return;
  const soclab = demoId("organization", SOCLAB_NAME);
  const owop = demoId("organization", OWOP_NAME);
  const [competition] = await db
    .select({ id: competitions.id })
    .from(competitions)
    .where(eq(competitions.id, demoId("competition", "DSS-I.526.3.2026")));
  if (!competition) return; // no core demo: nothing to build on
  const today = warsawDate(now);
  const soclabReps = [{ name: "Katarzyna Sobolewska", role: "prezes zarządu" }];
  const owopReps = [{ name: "Tomasz Wiśniewski", role: "prezes zarządu" }];
  await db.transaction(async (tx) => {
    const multiYear = (y: number) => [
      line(y, "task", `Wynagrodzenie trenerów ${y}`, 400, "godz.", 120),
      line(y, "task", `Materiały i wyjazdy ${y}`, 1, "komplet", 12_000),
      line(y, "admin", `Obsługa księgowa ${y}`, 12, "mies.", 500),
    ];
    await signed(
      tx,
      "DSS-I.526.3.2025",
      terms({
        title: "Akademia liderów młodzieżowych 2025–2027",
        area: "children-youth",
        start: "2025-03-01",
        end: "2027-11-30",
        org: soclab,
        reps: soclabReps,
        grants: { 2025: 60_000_00, 2026: 60_000_00, 2027: 60_000_00 },
        own: 6_000_00,
        lines: [2025, 2026, 2027].flatMap(multiYear),
        schedule: [
          ["Rekrutacja i szkolenia liderów", "2025-03-01", "2025-12-20"],
          ["Projekty młodzieżowe w dzielnicach", "2026-01-10", "2026-12-20"],
          ["Festiwal inicjatyw i ewaluacja", "2027-01-10", "2027-11-30"],
        ],
      }),
      { org: "2025-02-18", city: "2025-02-20", signatory: "Katarzyna Sobolewska" },
      "in_progress",
      [
        { due: "2025-03-10", zl: 30_000, paid: "2025-03-07" },
        { due: "2025-07-10", zl: 30_000, paid: "2025-07-09" },
        { due: "2026-02-16", zl: 30_000, paid: "2026-02-16", waits: 2025 },
        { due: "2026-12-10", zl: 30_000, waits: 2025 },
        { due: "2027-02-15", zl: 60_000, waits: 2026 },
      ],
    );
    await signed(
      tx,
      "DSS-I.526.14.2026",
      terms({
        title: "Inkubator inicjatyw sąsiedzkich 2026",
        area: "local-community",
        start: "2026-02-01",
        end: "2026-10-31",
        org: owop,
        reps: owopReps,
        grants: { 2026: 40_000_00 },
        own: 4_000_00,
        lines: [
          line(2026, "task", "Animatorzy lokalni", 300, "godz.", 100),
          line(2026, "task", "Mikrogranty dla grup nieformalnych", 1, "pula", 10_000),
          line(2026, "admin", "Koordynacja i księgowość", 9, "mies.", 444),
        ],
        schedule: [
          ["Nabór grup", "2026-02-01", "2026-03-15"],
          ["Realizacja inicjatyw", "2026-03-16", "2026-10-15"],
          ["Podsumowanie", "2026-10-16", "2026-10-31"],
        ],
      }),
      { org: "2026-01-19", city: "2026-01-21", signatory: "Tomasz Wiśniewski" },
      "in_progress",
      [{ due: "2026-02-05", zl: 40_000, paid: "2026-02-04" }],
    );
    await signed(
      tx,
      "DSS-I.526.7.2025",
      terms({
        title: "Szkoła fundraisingu dla organizacji 2025",
        area: "local-community",
        start: "2025-04-01",
        end: "2025-11-30",
        org: owop,
        reps: owopReps,
        grants: { 2025: 25_000_00 },
        own: 2_500_00,
        lines: [
          line(2025, "task", "Szkolenia", 120, "godz.", 150),
          line(2025, "task", "Materiały szkoleniowe", 1, "komplet", 6_500),
          line(2025, "admin", "Obsługa księgowa", 8, "mies.", 250),
        ],
        schedule: [
          ["Cykl szkoleń", "2025-04-01", "2025-11-15"],
          ["Konsultacje indywidualne", "2025-06-01", "2025-11-30"],
        ],
      }),
      { org: "2025-03-20", city: "2025-03-24", signatory: "Tomasz Wiśniewski" },
      "in_progress",
      [{ due: "2025-04-10", zl: 25_000, paid: "2025-04-08" }],
    );
    // The amendment journey's own running contract (lines with explicit grants: 25 000 + 10 000 zł).
    const year = Number(today.slice(0, 4));
    await signed(
      tx,
      E2E_AMENDMENT_CONTRACT,
      terms({
        title: "Ogród społeczny na Bojarach (umowa e2e — aneks)",
        area: "local-community",
        start: `${year}-03-01`,
        end: `${year}-12-20`,
        org: soclab,
        reps: soclabReps,
        grants: { [year]: 35_000_00 },
        own: 5_000_00,
        lines: [
          { ...line(year, "task", "Prace ogrodnicze i warsztaty", 300, "godz.", 100), grantGrosze: 25_000_00 },
          { ...line(year, "task", "Sadzonki i narzędzia", 1, "komplet", 15_000), grantGrosze: 10_000_00 },
        ],
        schedule: [["Warsztaty ogrodnicze", `${year}-03-01`, `${year}-12-20`]],
      }),
      { org: `${year}-02-10`, city: `${year}-02-12`, signatory: "Katarzyna Sobolewska" },
      "in_progress",
      [{ due: `${year}-02-20`, zl: 35_000, paid: `${year}-02-19` }],
    );
    await e2eGrantedOffer(tx, soclab, today);
    await recordAudit(tx, {
      actor: null,
      action: "seed.contracts",
      entityType: "database",
      entityId: "demo",
      after: { contracts: 4, offers: 1 },
    });
  });
}
