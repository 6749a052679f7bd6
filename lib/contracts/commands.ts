import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit, systemActor } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import type { Db, Tx } from "@/lib/db/open";
import { competitions, contracts, contractVersions, fundingForms, offerCostLines, offerPartners, offers } from "@/lib/db/schema";
import { idSchema, parseId } from "@/lib/core/ids";
import { refusalOf, type CommandResult, type ErrorKey } from "@/lib/forms/result";
import { normalizeContent } from "@/lib/offers/content";
import { defaultYearOf } from "@/lib/offers/limits";
import { acceptedBudgetUpdate } from "@/lib/budget-updates/queries";
import { parseMoney } from "@/lib/core/money";
import { appLink } from "@/lib/mail/links";
import { mailRepresentatives } from "@/lib/organizations/representatives";
import { contractRow, readCurrentTerms } from "./access";
import { termsFromOffer, withYearGrants } from "./draft";
import { contractTermsProblems, insertContract, termsSnapshot, updateContractTerms, type ContractTerms } from "./insert";
import { storeScan } from "./scan";
import { largestRemainder, normalizeBankAccount, parseRepresentatives, periodWithinYears, yearsOfPeriod } from "./rules";
import { contractNumberMatcher, contractSettings } from "./settings";

export { actorOf };
type Result<T> = CommandResult<T>;
const fail = (formError: ErrorKey) => ({ ok: false, formError }) as const;
const isoDate = z.string().refine(isIsoDate, "errors.date");
/** The rules name problems by their full message path ("contracts.errors.noYears"); a refusal carries the key. */
const problemKey = (p: string) => p.replace(/^contracts\.errors\./, "") as ErrorKey;

/** Offers with a grant that may become a contract: granted in full, or updated after a cut. */
export const contractableOfferStatuses = ["granted", "updated"] as const;

/** Mails every member of every party, each in their language. */
export async function mailParties(tx: Tx, partyIds: readonly string[], kind: string, build: Parameters<typeof mailRepresentatives>[3]) {
  for (const organizationId of partyIds) await mailRepresentatives(tx, organizationId, kind, build);
}

/**
 * What a contract is drawn from: the offer as submitted (granted in full), or — after a cut grant
 * ("updated") — the updated budget and schedule the city accepted (its cost lines, sources and
 * schedule); null when there is no accepted update, so costs and sources never disagree with the grant.
 */
async function contractSourceOf(tx: Tx, offer: typeof offers.$inferSelect, defaultYear: number) {
  if (offer.status !== "updated") {
    const lines = await tx.select().from(offerCostLines).where(eq(offerCostLines.offerId, offer.id)).orderBy(offerCostLines.position);
    return { content: normalizeContent(offer.content), lines, amounts: {} };
  }
  const accepted = await acceptedBudgetUpdate(tx, offer, defaultYear);
  if (!accepted) return null;
  const { sums } = accepted;
  const lines = sums.lines.map((l) => ({
    kind: l.kind,
    year: l.year,
    name: l.name || "—",
    units: (l.unitsHundredths / 100).toFixed(2),
    unit: l.unit || "—",
    unitCostGrosze: l.unitCostGrosze,
    totalGrosze: l.totalGrosze,
  }));
  const amounts = {
    ownFinancialGrosze: sums.ownFinancial,
    ownNonFinancialGrosze: sums.ownNonFinancial,
    participantFeesGrosze: sums.participantFees,
  };
  return { content: accepted.content, lines, amounts };
}

/** The administrator draws up a draft contract from a granted offer (one contract per offer). */
export async function createContractFromOffer(
  db: Db,
  principal: Principal | null,
  input: { offerId?: unknown },
  today = warsawToday(),
): Promise<Result<{ id: string; number: string }>> {
  authorize(principal, "contract.manage");
  const offerId = parseId(input.offerId);
  if (!offerId) return fail("notFound");
  return db.transaction(async (tx) => {
    const [offer] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
    if (!offer) return fail("notFound");
    // a cut grant waits for the city to accept the updated budget and schedule (lib/budget-updates)
    if (offer.status === "awaiting_update") return fail("budgetUpdateNotAccepted");
    if (!(contractableOfferStatuses as readonly string[]).includes(offer.status) || !offer.grantedGrosze) return fail("offerNotGranted");
    const [existing] = await tx.select({ id: contracts.id }).from(contracts).where(eq(contracts.offerId, offerId));
    if (existing) return fail("contractExists");
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, offer.competitionId));
    const source = await contractSourceOf(tx, offer, defaultYearOf(competition));
    if (!source) return fail("budgetUpdateNotAccepted");
    const partners = await tx.select({ id: offerPartners.organizationId }).from(offerPartners).where(eq(offerPartners.offerId, offerId));
    const terms = termsFromOffer(
      { ...offer, ...source.amounts, grantedGrosze: offer.grantedGrosze, content: source.content },
      source.lines,
      partners.map((p) => p.id),
      competition,
    );
    const problems = contractTermsProblems(terms);
    if (problems.length) return fail(problemKey(problems[0]));
    const row = await insertContract(tx, {
      ...terms,
      source: "offer",
      offerId,
      competitionId: offer.competitionId,
      createdBy: principal.userId,
      createdOn: today,
    });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.create",
      entityType: "contract",
      entityId: row.id,
      after: { number: row.number, offerId, grantGrosze: offer.grantedGrosze },
    });
    return { ok: true, value: row } as const;
  });
}

const draftSchema = z.object({
  contractId: idSchema,
  number: z.string().trim().min(1, "errors.required").max(60, "errors.tooLong"),
  fundingForm: z.enum(fundingForms, "errors.required"),
  startDate: isoDate,
  endDate: isoDate,
  firstTrancheDays: z.coerce.number("errors.number").int("errors.number").min(1, "errors.number").max(365, "errors.number"),
  tolerancePercent: z.coerce.number("errors.number").min(0, "errors.number").max(100, "errors.number"),
  tranchesWait: z.string().optional(),
  bankAccount: z.string().trim().max(40, "errors.tooLong"),
  cityRepresentatives: z.string().max(2000, "errors.tooLong"),
});

/**
 * Edits a draft's own fields: number, form, period (1–5 budget years), the grant per year (it must add
 * up to the grant decided), first-tranche days, tolerance, account, representatives of each party.
 * Lines follow the period (a line of a year that left the period moves to the nearest year) and get
 * their grant anew by largest remainder.
 */
export async function updateDraft(db: Db, principal: Principal | null, input: Record<string, unknown>): Promise<Result<null>> {
  authorize(principal, "contract.manage");
  const parsed = draftSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const d = parsed.data;
  if (d.endDate < d.startDate) return { ok: false, fieldErrors: { endDate: ["endBeforeStart"] } };
  const years = yearsOfPeriod(d.startDate, d.endDate);
  if (!periodWithinYears(d.startDate, d.endDate, contractSettings.maxYears))
    return { ok: false, fieldErrors: { endDate: ["tooManyYears"] } };
  const bankAccount = d.bankAccount ? normalizeBankAccount(d.bankAccount) : "";
  if (bankAccount === null) return { ok: false, fieldErrors: { bankAccount: ["bankAccount"] } };
  return db.transaction(async (tx) => {
    const c = await contractRow(tx, d.contractId, true);
    if (!c) return fail("notFound");
    if (c.status !== "draft") return fail("notDraft");
    const current = await readCurrentTerms(tx, c);
    const total = current.years.reduce((s, y) => s + y.grantGrosze, 0);
    const clamp = (y: number) => Math.min(Math.max(y, years[0]), years[years.length - 1]);
    const grants = new Map<number, number>();
    if (years.every((year) => `grant_${year}` in input)) {
      for (const year of years) {
        const typed = parseMoney(String(input[`grant_${year}`] ?? ""));
        if (typed === null) return { ok: false, fieldErrors: { [`grant_${year}`]: ["money"] } };
        grants.set(year, typed);
      }
    } else {
      // The period gained or lost years: split the grant anew in proportion to each year's costs.
      const costs = years.map((year) => current.costLines.filter((l) => clamp(l.year) === year).reduce((s, l) => s + l.totalGrosze, 0));
      largestRemainder(total, costs).forEach((g, i) => grants.set(years[i], g));
    }
    const sum = [...grants.values()].reduce((s, g) => s + g, 0);
    if (sum !== total) return { ok: false, fieldErrors: { [`grant_${years[0]}`]: ["yearsMustAddUp"] } };
    const yearRows = years.map(
      (year) =>
        current.years.find((y) => y.year === year) ?? {
          year,
          grantGrosze: 0,
          ownFinancialGrosze: 0,
          ownNonFinancialGrosze: 0,
          participantFeesGrosze: 0,
        },
    );
    // Own contributions of years that left the period move into the nearest remaining year.
    for (const y of current.years.filter((y) => !years.includes(y.year))) {
      const target = yearRows.find((r) => r.year === clamp(y.year))!;
      Object.assign(target, {
        ownFinancialGrosze: target.ownFinancialGrosze + y.ownFinancialGrosze,
        ownNonFinancialGrosze: target.ownNonFinancialGrosze + y.ownNonFinancialGrosze,
        participantFeesGrosze: target.participantFeesGrosze + y.participantFeesGrosze,
      });
    }
    const parties = current.parties.map((p) => ({
      ...p,
      representatives: parseRepresentatives(String(input[`reps_${p.organizationId}`] ?? "")),
    }));
    const next: ContractTerms = withYearGrants(
      {
        ...current,
        fundingForm: d.fundingForm,
        startDate: d.startDate,
        endDate: d.endDate,
        years: yearRows,
        costLines: current.costLines.map((l) => ({ ...l, year: clamp(l.year) })),
        bankAccount: bankAccount ?? "",
        cityRepresentatives: parseRepresentatives(d.cityRepresentatives),
        parties,
        costShiftToleranceBp: Math.round(d.tolerancePercent * 100),
        firstTrancheDays: d.firstTrancheDays,
        tranchesWaitForPartialReport: d.tranchesWait === "on",
      },
      grants,
    );
    const problems = contractTermsProblems(next);
    if (problems.length) return fail(problemKey(problems[0]));
    if (next.years.some((y) => y.grantGrosze > next.costLines.filter((l) => l.year === y.year).reduce((s, l) => s + l.totalGrosze, 0)))
      return { ok: false, fieldErrors: { [`grant_${years[0]}`]: ["yearGrantAboveCosts"] } };
    if (d.number !== c.number) {
      const [taken] = await tx.select({ id: contracts.id }).from(contracts).where(eq(contracts.number, d.number));
      if (taken) return { ok: false, fieldErrors: { number: ["numberTaken"] } };
      const year = Number(d.number.match(/(\d{4})\D*$/)?.[1] ?? 0);
      if (!year || !contractNumberMatcher(year).test(d.number)) return { ok: false, fieldErrors: { number: ["numberPattern"] } };
    }
    await updateContractTerms(tx, c.id, next, { number: d.number });
    await tx
      .update(contractVersions)
      .set({ terms: termsSnapshot(next) })
      .where(and(eq(contractVersions.contractId, c.id), eq(contractVersions.version, 1)));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.updateDraft",
      entityType: "contract",
      entityId: c.id,
      before: { number: c.number, startDate: c.startDate, endDate: c.endDate, years: current.years },
      after: { number: d.number, startDate: d.startDate, endDate: d.endDate, years: next.years },
    });
    return { ok: true, value: null } as const;
  });
}

/** What a draft still needs before it can be sent (message keys). */
export function sendProblems(terms: ContractTerms): ErrorKey[] {
  const problems = contractTermsProblems(terms).map(problemKey);
  if (!terms.bankAccount) problems.push("bankAccountMissing");
  if (!terms.cityRepresentatives.length) problems.push("cityRepresentativesMissing");
  if (terms.parties.some((p) => !p.representatives.length)) problems.push("partyRepresentativesMissing");
  return problems;
}

/** The administrator sends the draft to the organization(s): every member of each party gets a mail. */
export async function sendContract(
  db: Db,
  principal: Principal | null,
  input: { contractId?: unknown },
  now = new Date(),
): Promise<Result<null>> {
  authorize(principal, "contract.manage");
  return db.transaction(async (tx) => {
    const c = await contractRow(tx, String(input.contractId ?? ""), true);
    if (!c) return fail("notFound");
    if (c.status !== "draft") return fail("notDraft");
    const terms = await readCurrentTerms(tx, c);
    const problems = sendProblems(terms);
    if (problems.length) return fail(problems[0]);
    await tx.update(contracts).set({ status: "sent", sentAt: now, updatedAt: now }).where(eq(contracts.id, c.id));
    await mailParties(
      tx,
      terms.parties.map((p) => p.organizationId),
      "contract_sent",
      (t, locale) => ({
        subject: t("contracts.mail.sent.subject", { number: c.number }),
        text: t("contracts.mail.sent.body", { number: c.number, title: c.title, url: appLink(locale, `/account/contracts/${c.id}`) }),
      }),
    );
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.send",
      entityType: "contract",
      entityId: c.id,
      before: { status: "draft" },
      after: { status: "sent" },
    });
    return { ok: true, value: null } as const;
  });
}

/** Signatures (each party of a joint contract signs on its own): lib/contracts/signing.ts. */
export { signContract } from "./signing";

/** The administrator terminates a contract (before its final report) with a reason. */
export async function terminateContract(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  today = warsawToday(),
): Promise<Result<null>> {
  authorize(principal, "contract.manage");
  const parsed = z
    .object({ contractId: idSchema, reason: z.string().trim().min(10, "errors.reasonTooShort").max(4000, "errors.tooLong") })
    .safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    const c = await contractRow(tx, parsed.data.contractId, true);
    if (!c) return fail("notFound");
    if (!["draft", "sent", "signed", "in_progress"].includes(c.status)) return fail("cannotTerminate");
    await tx
      .update(contracts)
      .set({ status: "terminated", terminatedOn: today, terminationReason: parsed.data.reason, updatedAt: new Date() })
      .where(eq(contracts.id, c.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.terminate",
      entityType: "contract",
      entityId: c.id,
      before: { status: c.status },
      after: { status: "terminated", reason: parsed.data.reason },
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * Signed contracts whose start date has come are in progress: the `contracts.start` job (every few
 * minutes, lib/jobs/registry.ts), audited with the system as the actor. The update is guarded by the
 * status, so two runners never start (or record) one contract twice. Returns the ids started.
 */
export async function startDueContracts(db: Db, today = warsawToday()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const started = await tx
      .update(contracts)
      .set({ status: "in_progress", updatedAt: new Date() })
      .where(and(eq(contracts.status, "signed"), lte(contracts.startDate, today)))
      .returning({ id: contracts.id });
    for (const { id } of started)
      await recordAudit(tx, {
        actor: systemActor("contracts.start"),
        action: "contract.start",
        entityType: "contract",
        entityId: id,
        before: { status: "signed" },
        after: { status: "in_progress", on: today },
      });
    return started.map((c) => c.id);
  });
}

/** The signed scan sent with a form: authorized before the file touches the disk, then stored and recorded. */
export async function uploadScan(
  db: Db,
  principal: Principal | null,
  input: { contractId?: unknown; scan?: unknown },
): Promise<Result<null>> {
  authorize(principal, "contract.manage");
  const contractId = parseId(input.contractId);
  if (!contractId) return fail("notFound");
  const stored = await storeScan(contractId, input.scan instanceof File ? input.scan : null);
  if ("error" in stored) return { ok: false, fieldErrors: { scan: [stored.error] } };
  return attachScan(db, principal, contractId, stored.name);
}

/** Records the stored scan's path (the file is written by lib/contracts/scan.ts first). */
export async function attachScan(db: Db, principal: Principal | null, contractId: string, path: string): Promise<Result<null>> {
  authorize(principal, "contract.manage");
  return db.transaction(async (tx) => {
    const c = await contractRow(tx, contractId, true);
    if (!c) return fail("notFound");
    if (c.status === "draft") return fail("notSent");
    await tx.update(contracts).set({ signedScanPath: path, updatedAt: new Date() }).where(eq(contracts.id, c.id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.attachScan",
      entityType: "contract",
      entityId: c.id,
      before: { path: c.signedScanPath },
      after: { path },
    });
    return { ok: true, value: null } as const;
  });
}
