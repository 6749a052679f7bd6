import type { ContractCostLineTerms, ContractTerms } from "@/lib/contracts/insert";
import { largestRemainder, yearsOfPeriod } from "@/lib/contracts/rules";
import { addDays } from "@/lib/dates/warsaw";
import { firstOfMonth } from "./clock";
import { demoId } from "./ids";
import { OWOP_NAME, SOCLAB_NAME } from "./organizations-data";
import type { StoryContext } from "./run";
import { DEMO_BANK_ACCOUNT, runContract, type TranchePlan } from "./contract-story";

/** Per budget year: the first tranche 10 days after signing (later years on 20 January), each the year's grant. */
export function yearlyTranches(signedOn: string) {
  return ({ years, startDate }: { years: { year: number; grantGrosze: number }[]; startDate: string }): TranchePlan[] =>
    years.map(({ year, grantGrosze }, i) => ({
      due: i === 0 ? [addDays(signedOn, 10), startDate].sort()[1] : `${year}-01-20`,
      amountGrosze: grantGrosze,
    }));
}

const line = (
  year: number,
  kind: "task" | "admin",
  name: string,
  totalGrosze: number,
  unit = "komplet",
): Omit<ContractCostLineTerms, "grantGrosze"> => ({
  kind,
  year,
  name,
  units: "1.00",
  unit,
  unitCostGrosze: totalGrosze,
  totalGrosze,
});

/**
 * The terms of a contract of an earlier competition (not in the demo): the grant split over the budget
 * years of the period by their days, per year a task line (70 %) and coordination (30 %), own money
 * a tenth of the grant on top of the task line.
 */
export function earlierContractTerms(t: {
  title: string;
  organizationId: string;
  representative: { name: string; role: string };
  area: string;
  start: string;
  end: string;
  grantGrosze: number;
  tasks: [task: string, coordination: string];
  tranchesWait: boolean;
  grantsPerYear?: number[];
}): ContractTerms {
  const years = yearsOfPeriod(t.start, t.end);
  const days = years.map((y) => {
    const from = [t.start, `${y}-01-01`].sort()[1];
    const to = [t.end, `${y}-12-31`].sort()[0];
    return (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  });
  const grants = t.grantsPerYear ?? largestRemainder(t.grantGrosze, days);
  const yearTerms = years.map((year, i) => ({
    year,
    grantGrosze: grants[i],
    ownFinancialGrosze: Math.round(grants[i] / 10),
    ownNonFinancialGrosze: 0,
    participantFeesGrosze: 0,
  }));
  const costLines: ContractCostLineTerms[] = yearTerms.flatMap((y) => {
    const task = Math.round((y.grantGrosze * 7) / 10);
    const coordination = y.grantGrosze - task;
    return [
      { ...line(y.year, "task", `${t.tasks[0]} ${y.year}`, task + y.ownFinancialGrosze), grantGrosze: task },
      { ...line(y.year, "admin", `${t.tasks[1]} ${y.year}`, coordination, "usługa"), grantGrosze: coordination },
    ];
  });
  return {
    title: t.title,
    fundingForm: "support",
    areaSlug: t.area,
    startDate: t.start,
    endDate: t.end,
    years: yearTerms,
    costLines,
    schedule: years.map((year) => ({
      name: `${t.tasks[0]} ${year}`,
      startDate: [t.start, `${year}-01-02`].sort()[1],
      endDate: [t.end, `${year}-12-20`].sort()[0],
      year,
    })),
    bankAccount: DEMO_BANK_ACCOUNT,
    cityRepresentatives: [{ name: "Rafał Rudnicki", role: "Zastępca Prezydenta Miasta Białegostoku" }],
    parties: [{ organizationId: t.organizationId, isLead: true, representatives: [t.representative] }],
    costShiftToleranceBp: 1000,
    firstTrancheDays: 30,
    tranchesWaitForPartialReport: t.tranchesWait,
  };
}

const soclab = { id: demoId("organization", SOCLAB_NAME), rep: { name: "Katarzyna Sobolewska", role: "prezes zarządu" } };
const owop = { id: demoId("organization", OWOP_NAME), rep: { name: "Tomasz Wiśniewski", role: "prezes zarządu" } };
const ngo = { email: "ngo@demo.test", name: "Katarzyna Sobolewska" };
const ngo2 = { email: "ngo2@demo.test", name: "Tomasz Wiśniewski" };

/**
 * The demo's contracts (dates counted from today):
 * - SocLab's three-year "Akademia liderów młodzieżowych", last year to next year: last year paid, its
 *   partial report due on 31 January (submitted and accepted once those days have come), this year's
 *   tranches waiting for it, next year's held for this year's report;
 * - OWOP's "Inkubator inicjatyw sąsiedzkich", ended 34 days ago: its final report overdue by 4 days;
 * - SocLab's "Klub młodego badacza", ended 25 days ago: its final report submitted 3 days ago, to decide;
 * - OWOP's "Szkoła fundraisingu", ended 200 days ago, settled with a return of unspent money;
 * - two contracts from the granted offers of the competition with published results (given), in
 *   progress; the first has a tranche due at the end of this month;
 * - SocLab's "Wakacje z nauką na Bojarach", ended 47 days ago: its final report overdue by 17 days
 *   (what ngo@demo.test finds first on the "to do" page).
 */
export async function seedContracts(
  ctx: StoryContext,
  fromCompetition: { offerId: string; representative: { email: string; name: string } }[],
) {
  const { clock } = ctx;
  const Y = clock.year;
  const multiYearSigned = `${Y - 1}-02-20`;
  const academy = await runContract(ctx, {
    from: {
      terms: earlierContractTerms({
        title: `Akademia liderów młodzieżowych ${Y - 1}–${Y + 1}`,
        organizationId: soclab.id,
        representative: soclab.rep,
        area: "children-youth",
        start: `${Y - 1}-03-01`,
        end: `${Y + 1}-11-30`,
        grantGrosze: 180_000_00,
        grantsPerYear: [60_000_00, 60_000_00, 60_000_00],
        tasks: ["Szkolenia i projekty liderów", "Koordynacja i księgowość"],
        tranchesWait: true,
      }),
    },
    createdOn: `${Y - 1}-02-06`,
    signedOn: multiYearSigned,
    signatory: ngo,
    tranches: () => [
      { due: `${Y - 1}-03-10`, amountGrosze: 30_000_00 },
      { due: `${Y - 1}-07-10`, amountGrosze: 30_000_00 },
      { due: `${Y}-02-16`, amountGrosze: 30_000_00 },
      { due: `${Y}-09-15`, amountGrosze: 30_000_00 },
      { due: `${Y + 1}-02-15`, amountGrosze: 60_000_00 },
    ],
  });

  const ended = (endDaysAgo: number, months: number) => {
    const end = clock.day(-endDaysAgo);
    const start = firstOfMonth(addDays(end, -Math.round(months * 30.4)));
    return { start, end, signedOn: addDays(start, -12), createdOn: addDays(start, -26) };
  };
  const incubator = ended(34, 9);
  const overdue = await runContract(ctx, {
    from: {
      terms: earlierContractTerms({
        title: "Inkubator inicjatyw sąsiedzkich",
        organizationId: owop.id,
        representative: owop.rep,
        area: "local-community",
        start: incubator.start,
        end: incubator.end,
        grantGrosze: 40_000_00,
        tasks: ["Animatorzy lokalni i mikrogranty", "Koordynacja i księgowość"],
        tranchesWait: false,
      }),
    },
    createdOn: incubator.createdOn,
    signedOn: incubator.signedOn,
    signatory: ngo2,
    tranches: yearlyTranches(incubator.signedOn),
    reports: (r) => (r.kind === "final" ? null : { submitOn: addDays(r.dueDate, -5), acceptOn: addDays(r.dueDate, 9) }),
  });

  const club = ended(25, 8);
  const toDecide = await runContract(ctx, {
    from: {
      terms: earlierContractTerms({
        title: "Klub młodego badacza — warsztaty naukowe",
        organizationId: soclab.id,
        representative: soclab.rep,
        area: "education",
        start: club.start,
        end: club.end,
        grantGrosze: 30_000_00,
        tasks: ["Warsztaty naukowe", "Koordynacja"],
        tranchesWait: false,
      }),
    },
    createdOn: club.createdOn,
    signedOn: club.signedOn,
    signatory: ngo,
    tranches: yearlyTranches(club.signedOn),
    reports: (r) =>
      r.kind === "final" ? { submitOn: clock.day(-3) } : { submitOn: addDays(r.dueDate, -5), acceptOn: addDays(r.dueDate, 9) },
  });

  const school = ended(200, 8);
  const settled = await runContract(ctx, {
    from: {
      terms: earlierContractTerms({
        title: "Szkoła fundraisingu dla organizacji",
        organizationId: owop.id,
        representative: owop.rep,
        area: "ngo-support",
        start: school.start,
        end: school.end,
        grantGrosze: 25_000_00,
        tasks: ["Szkolenia i konsultacje", "Obsługa księgowa"],
        tranchesWait: false,
      }),
    },
    createdOn: school.createdOn,
    signedOn: school.signedOn,
    signatory: ngo2,
    tranches: yearlyTranches(school.signedOn),
    reports: (r) =>
      r.kind === "final"
        ? {
            submitOn: addDays(r.dueDate, -6),
            acceptOn: addDays(r.dueDate, 5),
            repaidOn: addDays(r.dueDate, 12),
            // the first task line under-spent by 5 % of its grant: that money comes back
            spend: (lines) => {
              const first = lines.find((l) => l.kind === "task") ?? lines[0];
              const less = Math.floor(first.grantGrosze / 20);
              return { [first.id]: { total: first.totalGrosze - less, grant: first.grantGrosze - less } };
            },
          }
        : { submitOn: addDays(r.dueDate, -5), acceptOn: addDays(r.dueDate, 9) },
  });

  const running = [];
  for (const [i, granted] of fromCompetition.entries()) {
    const signedOn = clock.day(-105 + i);
    running.push(
      await runContract(ctx, {
        from: { offerId: granted.offerId },
        createdOn: clock.day(-112 + i),
        signedOn,
        signatory: granted.representative,
        tranches: ({ years, startDate }) =>
          years.flatMap(({ year, grantGrosze }, k): TranchePlan[] => {
            const due = k === 0 ? [addDays(signedOn, 10), startDate].sort()[1] : `${year}-01-20`;
            // the first contract keeps part of this year's grant for a tranche due at the end of this month
            if (i === 0 && year === clock.year) {
              const first = Math.round((grantGrosze * 0.6) / 100) * 100;
              return [
                { due, amountGrosze: first },
                { due: clock.month.last, amountGrosze: grantGrosze - first, pay: false },
              ];
            }
            return [{ due, amountGrosze: grantGrosze }];
          }),
      }),
    );
  }

  const summer = ended(47, 3);
  const overdueSoclab = await runContract(ctx, {
    from: {
      terms: earlierContractTerms({
        title: "Wakacje z nauką na Bojarach",
        organizationId: soclab.id,
        representative: soclab.rep,
        area: "children-youth",
        start: summer.start,
        end: summer.end,
        grantGrosze: 24_000_00,
        tasks: ["Półkolonie edukacyjne", "Koordynacja i księgowość"],
        tranchesWait: false,
      }),
    },
    createdOn: summer.createdOn,
    signedOn: summer.signedOn,
    signatory: ngo,
    tranches: yearlyTranches(summer.signedOn),
    reports: (r) => (r.kind === "final" ? null : { submitOn: addDays(r.dueDate, -5), acceptOn: addDays(r.dueDate, 9) }),
  });
  return { academy, overdue, toDecide, settled, running, overdueSoclab };
}
