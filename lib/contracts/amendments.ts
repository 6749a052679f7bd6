import "server-only";
import { and, eq, max } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/open";
import { contractAmendments, contractVersions, type ContractRepresentative } from "@/lib/db/schema";
import type { CommandResult, ErrorKey, FieldErrors } from "@/lib/forms/result";
import { parseMoney } from "@/lib/core/money";
import { appLink } from "@/lib/mail/links";
import { ensureReportsFor } from "@/lib/reports/commands";
import { authorizeContract, canOnContract, contractRow, partyIdsOf, readCurrentTerms } from "./access";
import { mailParties } from "./commands";
import { contractTermsProblems, termsSnapshot, updateContractTerms, type ContractTerms } from "./insert";
import { costShiftProblems, normalizeBankAccount, parseRepresentatives, withinTolerance } from "./rules";
import { idSchema, parseId } from "@/lib/core/ids";
import { isIsoDate } from "@/lib/dates/warsaw";

const fail = (formError: ErrorKey) => ({ ok: false, formError }) as const;
/** Amendments are asked for and decided while the contract runs. */
const amendable = ["signed", "in_progress"];

/** The parts of the terms an amendment may change (stored as contract_amendments.changes). */
export interface AmendmentChanges {
  startDate?: string;
  endDate?: string;
  bankAccount?: string;
  /** New representatives per party organization. */
  representatives?: { organizationId: string; representatives: ContractRepresentative[] }[];
  /** New grant of every cost line, in the order of the current terms. */
  lineGrants?: number[];
}

/** The current terms with the changes applied (pure). */
export function applyChanges(terms: ContractTerms, changes: AmendmentChanges): ContractTerms {
  return {
    ...terms,
    startDate: changes.startDate ?? terms.startDate,
    endDate: changes.endDate ?? terms.endDate,
    bankAccount: changes.bankAccount ?? terms.bankAccount,
    parties: terms.parties.map((p) => ({
      ...p,
      representatives: changes.representatives?.find((r) => r.organizationId === p.organizationId)?.representatives ?? p.representatives,
    })),
    costLines: changes.lineGrants ? terms.costLines.map((l, i) => ({ ...l, grantGrosze: changes.lineGrants![i] })) : terms.costLines,
  };
}

/**
 * The changes a representative asked for, checked against the current terms: only what differs is
 * kept; money moved between lines must keep each year's sum and go beyond the tolerance (within it
 * no amendment is needed: "withinTolerance").
 */
export function amendmentChangesOf(
  terms: ContractTerms,
  input: Record<string, unknown>,
  ownParties: readonly string[],
): { changes: AmendmentChanges; fieldErrors: FieldErrors; formError?: ErrorKey } {
  const changes: AmendmentChanges = {};
  const fieldErrors: FieldErrors = {};
  const text = (k: string) => String(input[k] ?? "").trim();
  for (const key of ["startDate", "endDate"] as const) {
    const v = text(key);
    if (!v) continue;
    if (!isIsoDate(v)) fieldErrors[key] = ["date"];
    else if (v !== terms[key]) changes[key] = v;
  }
  if (text("bankAccount")) {
    const account = normalizeBankAccount(text("bankAccount"));
    if (!account) fieldErrors.bankAccount = ["bankAccount"];
    else if (account !== terms.bankAccount) changes.bankAccount = account;
  }
  for (const party of terms.parties.filter((p) => ownParties.includes(p.organizationId))) {
    const key = `reps_${party.organizationId}`;
    if (!(key in input)) continue;
    const reps = parseRepresentatives(String(input[key] ?? ""));
    if (!reps.length) fieldErrors[key] = ["required"];
    else if (JSON.stringify(reps) !== JSON.stringify(party.representatives))
      (changes.representatives ??= []).push({ organizationId: party.organizationId, representatives: reps });
  }
  if (terms.costLines.some((_, i) => `line_${i}` in input)) {
    const grants = terms.costLines.map((l, i) => (`line_${i}` in input ? parseMoney(text(`line_${i}`)) : l.grantGrosze));
    const bad = grants.findIndex((g) => g === null);
    if (bad >= 0) fieldErrors[`line_${bad}`] = ["money"];
    else if (grants.some((g, i) => g !== terms.costLines[i].grantGrosze)) {
      const problems = costShiftProblems(terms.costLines, grants as number[]);
      if (problems.length) fieldErrors.line_0 = [problems[0]];
      else if (withinTolerance(terms.costLines, grants as number[], terms.costShiftToleranceBp) && Object.keys(changes).length === 0)
        return { changes, fieldErrors, formError: "withinTolerance" };
      else changes.lineGrants = grants as number[];
    }
  }
  if (!Object.keys(fieldErrors).length && Object.keys(changes).length) {
    const problems = contractTermsProblems(applyChanges(terms, changes));
    if (problems.length) return { changes, fieldErrors, formError: problems[0].replace(/^contracts\.errors\./, "") as ErrorKey };
  }
  return { changes, fieldErrors };
}

/** A representative of a party asks for an amendment, with a justification. One open request at a time. */
export async function requestAmendment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ id: string }>> {
  const contractId = parseId(input.contractId);
  if (!contractId) {
    if (!principal) authorize(principal, "contract.amendment.request"); // a visitor still hears "log in"
    return fail("notFound");
  }
  const parties = await partyIdsOf(db, contractId);
  authorizeContract(principal, "contract.amendment.request", parties);
  const justification = String(input.justification ?? "").trim();
  if (justification.length < 10) return { ok: false, fieldErrors: { justification: ["justificationTooShort"] } };
  return db.transaction(async (tx) => {
    const c = await contractRow(tx, contractId, true);
    if (!c) return fail("notFound");
    if (!amendable.includes(c.status)) return fail("notAmendable");
    const [open] = await tx
      .select({ id: contractAmendments.id })
      .from(contractAmendments)
      .where(and(eq(contractAmendments.contractId, c.id), eq(contractAmendments.status, "requested")));
    if (open) return fail("amendmentPending");
    const terms = await readCurrentTerms(tx, c);
    const own = parties.filter((organizationId) => canOnContract(principal, "contract.amendment.request", [organizationId]));
    const { changes, fieldErrors, formError } = amendmentChangesOf(terms, input, own);
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors } as const;
    if (formError) return fail(formError);
    if (!Object.keys(changes).length) return fail("noChanges");
    const [row] = await tx
      .insert(contractAmendments)
      .values({ contractId: c.id, justification, changes: changes as Record<string, unknown>, requestedBy: principal.userId })
      .returning({ id: contractAmendments.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "contract.requestAmendment",
      entityType: "contract",
      entityId: c.id,
      after: { amendmentId: row.id, changes },
    });
    return { ok: true, value: row } as const;
  });
}

/**
 * The administrator accepts (the terms change: a new version, numbered "aneks") or refuses with a
 * reason. Parties get a mail either way.
 */
export async function decideAmendment(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
): Promise<CommandResult<{ version: number | null }>> {
  authorize(principal, "contract.amendment.decide");
  const parsed = z
    .object({ amendmentId: idSchema, decision: z.enum(["accept", "refuse"]), decisionReason: z.string().trim().max(4000).default("") })
    .safeParse(input);
  if (!parsed.success) return fail("invalid");
  const { amendmentId, decision, decisionReason: reason } = parsed.data;
  if (decision === "refuse" && reason.length < 10) return { ok: false, fieldErrors: { decisionReason: ["reasonTooShort"] } };
  return db.transaction(async (tx) => {
    const [peek] = await tx
      .select({ contractId: contractAmendments.contractId })
      .from(contractAmendments)
      .where(eq(contractAmendments.id, amendmentId));
    if (!peek) return fail("notFound");
    const c = await contractRow(tx, peek.contractId, true);
    const [a] = await tx.select().from(contractAmendments).where(eq(contractAmendments.id, amendmentId)).for("update");
    if (!c || !a) return fail("notFound");
    if (a.status !== "requested") return fail("amendmentDecided");
    const now = new Date();
    let version: number | null = null;
    if (decision === "accept") {
      if (!amendable.includes(c.status)) return fail("notAmendable");
      const terms = applyChanges(await readCurrentTerms(tx, c), a.changes as AmendmentChanges);
      const problems = contractTermsProblems(terms);
      if (problems.length) return fail(problems[0].replace(/^contracts\.errors\./, "") as ErrorKey);
      const [{ last }] = await tx
        .select({ last: max(contractAmendments.number) })
        .from(contractAmendments)
        .where(eq(contractAmendments.contractId, c.id));
      version = c.currentVersion + 1;
      await updateContractTerms(tx, c.id, terms, { currentVersion: version });
      await ensureReportsFor(tx, c.id); // new dates move the reports still with the organization
      await tx
        .insert(contractVersions)
        .values({ contractId: c.id, version, terms: termsSnapshot(terms), amendmentId: a.id, createdBy: principal.userId, createdAt: now });
      await tx
        .update(contractAmendments)
        .set({
          status: "accepted",
          number: (last ?? 0) + 1,
          decidedBy: principal.userId,
          decidedAt: now,
          decisionReason: reason || null,
          resultingVersion: version,
        })
        .where(eq(contractAmendments.id, a.id));
    } else {
      await tx
        .update(contractAmendments)
        .set({ status: "refused", decidedBy: principal.userId, decidedAt: now, decisionReason: reason })
        .where(eq(contractAmendments.id, a.id));
    }
    await mailParties(tx, await partyIdsOf(tx, c.id), `contract_amendment_${decision}`, (t, locale) => ({
      subject: t(`contracts.mail.amendment.${decision}.subject`, { number: c.number }),
      text: t(`contracts.mail.amendment.${decision}.body`, {
        number: c.number,
        reason,
        url: appLink(locale, `/account/contracts/${c.id}`),
      }),
    }));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: decision === "accept" ? "contract.acceptAmendment" : "contract.refuseAmendment",
      entityType: "contract",
      entityId: c.id,
      before: { amendmentId: a.id, status: "requested", version: c.currentVersion },
      after: { status: decision === "accept" ? "accepted" : "refused", version, reason },
    });
    return { ok: true, value: { version } } as const;
  });
}
