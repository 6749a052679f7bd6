/**
 * The story runner of a demo contract: a plan (signing, tranches, reports and their fate, returns)
 * played through the app's own commands on the demo clock, so the demo's contracts are in states the
 * commands can reach.
 */
import { and, asc, eq } from "drizzle-orm";
import { createContractFromOffer, sendContract, signContract, startDueContracts, updateDraft } from "@/lib/contracts/commands";
import { insertContract, type ContractTerms } from "@/lib/contracts/insert";
import { representativesText } from "@/lib/contracts/rules";
import { addTranche, markTranchePaid } from "@/lib/contracts/tranches";
import { addDays, warsawToInstant } from "@/lib/dates/warsaw";
import { contractParties, contractReports, contracts, contractTranches } from "@/lib/db/schema";
import { submitReport, ensureReportsFor, decideReport, recordReturnPayment } from "@/lib/reports/commands";
import { returnsOf } from "@/lib/reports/returns-store";
import { loadContract, periodOf } from "@/lib/reports/context";
import { reportFormOf, sampleSimplifiedReport } from "@/lib/reports/simplified";
import type { ReportContent } from "@/lib/reports/content";
import { sampleReportContent } from "@/lib/reports/sample";
import { groszeToInput } from "@/lib/core/money";
import { must, type StoryContext } from "./run";
/**
 * The story runner of a demo contract: a plan (signing, tranches, reports and their fate, returns)
 * played through the app's own commands on the demo clock, so the demo's contracts are in states the
 * commands can reach.
 */

export const DEMO_BANK_ACCOUNT = "61 1090 1014 0000 0712 1981 2874";
const CITY = "Rafał Rudnicki, Zastępca Prezydenta Miasta Białegostoku";

/** What happens to one report the contract owes; a day that has not come yet is skipped. */
export interface ReportPlan {
  submitOn?: string;
  acceptOn?: string;
  /** instead of accepting: returned to the organization with remarks on this day */
  sendBack?: { on: string; remarks: string };
  /** what was spent per cost line (its id), where it differs from the plan (a final report that settles with a return) */
  spend?: (
    lines: { id: string; name: string; kind: "task" | "admin"; grantGrosze: number; totalGrosze: number }[],
  ) => Record<string, { total: number; grant: number }>;
  /** the report as the organization wrote it, when not the sample over the planned lines */
  content?: (lines: { id: string; name: string; year: number }[]) => ReportContent;
  /** the return of what the settlement asks back, recorded this day (each return in full, with its interest to that day) */
  repaidOn?: string;
  /** instead: payments of single returns (e.g. a late partial one), recorded on their days */
  returnPayments?: { kind: "unused" | "misused"; year: number; paidOn: string; amountGrosze: number }[];
}

export interface TranchePlan {
  due: string;
  amountGrosze: number;
  /** false: left unpaid even when its day has come (a tranche the demo shows as due) */
  pay?: boolean;
}

export interface ContractPlan {
  /** the draft: drawn up from a granted offer, one drawn up already (an accepted small grant), or the terms of a contract from an earlier competition */
  from: { offerId: string } | { draftId: string } | { terms: ContractTerms };
  /** drafted on this day, sent to the organization 3 days before `signedOn` */
  createdOn: string;
  /** the city signs this day, the organization a day earlier */
  signedOn: string;
  /** the organization's signatory: a demo account by e-mail, or (`userId`) any account, e.g. a journey's own */
  signatory: { email: string; name: string; userId?: string };
  tranches: (contract: { years: { year: number; grantGrosze: number }[]; startDate: string }) => TranchePlan[];
  /** the owed reports (kind and year): by default each is submitted 5 days before its due date and accepted 9 days after it */
  reports?: (report: { kind: "partial" | "final"; year: number; dueDate: string }) => ReportPlan | null;
}

type Event = { day: string; order: number; run: () => Promise<void> };

/** The instant of a story day: 10:00 Warsaw time, or now when that is today and 10:00 has not come yet. */
function instantOn(ctx: StoryContext, day: string, time = "10:00") {
  const at = warsawToInstant(day, time);
  return at.getTime() > ctx.clock.now.getTime() ? ctx.clock.now : at;
}

/**
 * A contract through the contracts and reports modules' commands, as it happened up to today:
 * drafted, sent, signed by both sides, its tranches scheduled and paid on their days (a tranche
 * held for a partial report only after that report is accepted), its reports submitted and decided
 * (acceptance of the final report settles it; a return can follow). Days after today are skipped,
 * so what the demo shows follows from the clock.
 */
export async function runContract(ctx: StoryContext, plan: ContractPlan) {
  const { db, clock } = ctx;
  const admin = await ctx.as("admin@demo.test");
  let contractId: string;
  if ("terms" in plan.from) {
    const terms = plan.from.terms;
    const row = await db.transaction((tx) =>
      insertContract(tx, { ...terms, source: "offer", status: "draft", createdBy: admin.userId, createdOn: plan.createdOn }),
    );
    contractId = row.id;
  } else {
    contractId =
      "draftId" in plan.from
        ? plan.from.draftId
        : must("contract from an offer", await createContractFromOffer(db, admin, { offerId: plan.from.offerId }, plan.createdOn)).id;
    const [c] = await db.select().from(contracts).where(eq(contracts.id, contractId));
    const [lead] = await db
      .select()
      .from(contractParties)
      .where(and(eq(contractParties.contractId, contractId), eq(contractParties.isLead, true)));
    must(
      "draft of the contract",
      await updateDraft(db, admin, {
        contractId,
        number: c.number,
        fundingForm: c.fundingForm,
        startDate: c.startDate,
        endDate: c.endDate,
        firstTrancheDays: String(c.firstTrancheDays),
        tolerancePercent: String(c.costShiftToleranceBp / 100),
        tranchesWait: c.tranchesWaitForPartialReport ? "on" : "",
        bankAccount: DEMO_BANK_ACCOUNT,
        cityRepresentatives: CITY,
        [`reps_${lead.organizationId}`]: lead.representatives.length
          ? representativesText(lead.representatives)
          : `${plan.signatory.name}, prezes zarządu`,
      }),
    );
  }
  must("sending the contract", await sendContract(db, admin, { contractId }, instantOn(ctx, addDays(plan.signedOn, -3))));
  const organizationSide = addDays(plan.signedOn, -1);
  const representative = plan.signatory.userId ? await ctx.asUser(plan.signatory.userId) : await ctx.as(plan.signatory.email);
  must(
    "the organization's signature",
    await signContract(
      db,
      representative,
      { contractId, side: "organization", signedOn: organizationSide, confirm: "on" },
      organizationSide,
    ),
  );
  must(
    "the city's signature",
    await signContract(db, admin, { contractId, side: "city", signedOn: plan.signedOn, signatory: "Rafał Rudnicki" }, plan.signedOn),
  );

  const loaded = (await loadContract(db, contractId))!;
  const years = loaded.years.map((y) => ({ year: y.year, grantGrosze: y.grantGrosze }));
  const tranches = plan.tranches({ years, startDate: loaded.contract.startDate }).sort((a, b) => (a.due < b.due ? -1 : 1));
  for (const t of tranches)
    must("a tranche", await addTranche(db, admin, { contractId, dueDate: t.due, amount: groszeToInput(t.amountGrosze) }));
  await db.transaction((tx) => ensureReportsFor(tx, contractId));

  const events: Event[] = [];
  const acceptedOn = new Map<number, string>(); // partial report year → day accepted
  const reports = await db
    .select()
    .from(contractReports)
    .where(eq(contractReports.contractId, contractId))
    .orderBy(asc(contractReports.dueDate));
  for (const report of reports) {
    const planned =
      plan.reports === undefined
        ? { submitOn: addDays(report.dueDate, -5), acceptOn: addDays(report.dueDate, 9) }
        : plan.reports({ kind: report.kind, year: report.year, dueDate: report.dueDate });
    if (!planned?.submitOn || planned.submitOn > clock.today) continue;
    const ngo = representative;
    events.push({
      day: planned.submitOn,
      order: 1,
      run: async () => {
        const current = (await loadContract(db, contractId))!;
        const period = periodOf(current, report);
        const lines = period.lines;
        // a small grant's contract reports on the simplified form (Dz.U. 2018 poz. 2055)
        const content =
          planned.content?.(lines) ??
          (reportFormOf(current.contract) === "simplified"
            ? sampleSimplifiedReport(period.years, period.sources)
            : sampleReportContent(lines, planned.spend?.(lines) ?? {}));
        must("a report", await submitReport(db, ngo, { reportId: report.id, content }, instantOn(ctx, planned.submitOn!, "12:00")));
      },
    });
    if (planned.sendBack && planned.sendBack.on <= clock.today) {
      const { on, remarks } = planned.sendBack;
      events.push({
        day: on,
        order: 2,
        run: async () => {
          must(
            "returning a report",
            await decideReport(db, admin, { reportId: report.id, decision: "return", remarks }, instantOn(ctx, on)),
          );
        },
      });
    }
    if (!planned.acceptOn || planned.acceptOn > clock.today) continue;
    if (report.kind === "partial") acceptedOn.set(report.year, planned.acceptOn);
    events.push({
      day: planned.acceptOn,
      order: 2,
      run: async () => {
        must(
          "accepting a report",
          await decideReport(db, admin, { reportId: report.id, decision: "accept" }, instantOn(ctx, planned.acceptOn!)),
        );
      },
    });
    if (planned.repaidOn && planned.repaidOn <= clock.today)
      events.push({
        day: planned.repaidOn,
        order: 3,
        run: async () => {
          for (const owed of await returnsOf(db, contractId, planned.repaidOn!))
            if (owed.account.stillOwedGrosze > 0)
              must(
                "a return",
                await recordReturnPayment(
                  db,
                  admin,
                  { returnId: owed.id, paidOn: planned.repaidOn, amount: groszeToInput(owed.account.stillOwedGrosze) },
                  instantOn(ctx, planned.repaidOn!),
                ),
              );
        },
      });
    for (const payment of planned.returnPayments ?? [])
      if (payment.paidOn <= clock.today)
        events.push({
          day: payment.paidOn,
          order: 3,
          run: async () => {
            const owed = (await returnsOf(db, contractId, payment.paidOn)).find((r) => r.kind === payment.kind && r.year === payment.year);
            must(
              "a return payment",
              await recordReturnPayment(
                db,
                admin,
                { returnId: owed?.id, paidOn: payment.paidOn, amount: groszeToInput(payment.amountGrosze) },
                instantOn(ctx, payment.paidOn),
              ),
            );
          },
        });
  }
  const rows = await db
    .select()
    .from(contractTranches)
    .where(eq(contractTranches.contractId, contractId))
    .orderBy(asc(contractTranches.dueDate));
  for (const [i, t] of rows.entries()) {
    if (tranches[i]?.pay === false) continue;
    const gate = t.waitsForReportYear;
    const payable = gate === null ? t.dueDate : acceptedOn.has(gate) ? [t.dueDate, acceptedOn.get(gate)!].sort()[1] : null;
    if (!payable || payable > clock.today) continue;
    events.push({
      day: payable,
      order: 4,
      run: async () => {
        must(
          "paying a tranche",
          await markTranchePaid(db, admin, { trancheId: t.id, paidOn: payable, paidAmount: groszeToInput(t.amountGrosze) }, payable),
        );
      },
    });
  }
  events.sort((a, b) => (a.day === b.day ? a.order - b.order : a.day < b.day ? -1 : 1));
  for (const event of events) await event.run();
  await startDueContracts(db, clock.today);
  const [done] = await db.select().from(contracts).where(eq(contracts.id, contractId));
  return done;
}
