import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, can, ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { idSchema } from "@/lib/core/ids";
import { isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import type { Db, Tx } from "@/lib/db/open";
import { contractParties, contractPartySignatures, contracts, contractTranches, organizations } from "@/lib/db/schema";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import { ensureReportsFor } from "@/lib/reports/commands";
import { contractRow, partyIdsOf, type ContractRow } from "./access";
import { firstTrancheDeadline } from "./rules";

const isoDate = z.string().refine(isIsoDate, "errors.date");

const citySchema = z.object({
  contractId: idSchema,
  side: z.literal("city"),
  signedOn: isoDate,
  signatory: z.string().trim().min(3, "errors.required").max(200, "errors.tooLong"),
});

const partySchema = z.object({
  contractId: idSchema,
  side: z.literal("organization"),
  /** The party signing; may be left out by a person who belongs to one party only. */
  organizationId: z.union([idSchema, z.literal("")]).optional(),
  signedOn: isoDate,
  confirm: z.literal("on", "errors.confirmSignatories"),
});

const signSchema = z.discriminatedUnion("side", [citySchema, partySchema], "errors.required");

/** "Name — role, Name — role": how the representatives of a party are printed and recorded. */
export function signatoriesText(list: readonly { name: string; role: string }[]) {
  return list.map((r) => `${r.name}${r.role ? ` — ${r.role}` : ""}`).join(", ");
}

/** Each party's signature, in the order of the parties (the lead first); null for a party that has not signed. */
export async function partySignaturesOf(db: Db | Tx, contractId: string) {
  const rows = await db
    .select({
      organizationId: contractParties.organizationId,
      isLead: contractParties.isLead,
      representatives: contractParties.representatives,
      name: organizations.name,
      signedOn: contractPartySignatures.signedOn,
      signatories: contractPartySignatures.signatories,
    })
    .from(contractParties)
    .innerJoin(organizations, eq(organizations.id, contractParties.organizationId))
    .leftJoin(
      contractPartySignatures,
      and(
        eq(contractPartySignatures.contractId, contractParties.contractId),
        eq(contractPartySignatures.organizationId, contractParties.organizationId),
      ),
    )
    .where(eq(contractParties.contractId, contractId))
    .orderBy(asc(organizations.name));
  return rows.sort((a, b) => Number(b.isLead) - Number(a.isLead));
}

/**
 * Records one signature. The city's: the administrator, with the signatory's name. A party's
 * (art. 14 ust. 2 and art. 16 uodpp — a joint contract binds every party): a member of that party
 * only, for it alone, signed by the representatives the contract lists for it (entered per the
 * party's KRS representation). The organization side counts as signed once every party signed;
 * with the city's signature too the contract is signed — in progress at once if its start date has
 * come. The first tranche is moved up to the deadline the contract sets (signing + first-tranche
 * days) if it was planned later.
 */
export async function signContract(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  today = warsawToday(),
): Promise<CommandResult<{ status: string }>> {
  const parsed = signSchema.safeParse(input);
  if (!parsed.success) {
    if (!principal) authorize(principal, "contract.sign");
    return refusalOf(parsed.error);
  }
  const data = parsed.data;
  let organizationId: string | null = null;
  if (data.side === "city") authorize(principal, "contract.manage");
  else {
    const parties = await partyIdsOf(db, data.contractId);
    const own = parties.filter((id) => can(principal, "contract.sign", { organizationId: id }));
    organizationId = data.organizationId || (own.length === 1 ? own[0] : null);
    if (!organizationId) {
      if (own.length === 0) throw new ForbiddenError("contract.sign", principal ? "forbidden" : "unauthenticated");
      return { ok: false, fieldErrors: { organizationId: ["required"] } };
    }
    // a member of one party never signs for another
    authorize(principal, "contract.sign", { organizationId });
    if (!parties.includes(organizationId)) return { ok: false, formError: "notFound" };
  }
  if (data.signedOn > today) return { ok: false, fieldErrors: { signedOn: ["dateInFuture"] } };
  return db.transaction(async (tx) => {
    const c = await contractRow(tx, data.contractId, true);
    if (!c) return { ok: false, formError: "notFound" } as const;
    if (c.status !== "sent") return { ok: false, formError: "notSent" } as const;
    let next: Partial<ContractRow>;
    let signatory: string;
    if (data.side === "city") {
      if (c.citySignedOn) return { ok: false, formError: "alreadySigned" } as const;
      next = { citySignedOn: data.signedOn, citySignatory: data.signatory };
      signatory = data.signatory;
    } else {
      const signatures = await partySignaturesOf(tx, c.id);
      const party = signatures.find((s) => s.organizationId === organizationId)!;
      if (party.signedOn) return { ok: false, formError: "alreadySigned" } as const;
      if (party.representatives.length === 0) return { ok: false, formError: "partyRepresentativesMissing" } as const;
      signatory = signatoriesText(party.representatives);
      await tx.insert(contractPartySignatures).values({
        contractId: c.id,
        organizationId: organizationId!,
        signedOn: data.signedOn,
        signatories: signatory,
        signedBy: principal!.userId,
      });
      const waiting = signatures.filter((s) => s.organizationId !== organizationId && !s.signedOn);
      const dates = [...signatures.filter((s) => s.signedOn).map((s) => s.signedOn!), data.signedOn].sort();
      // every party signed: the organization side is complete, on the day of the last signature
      next =
        waiting.length === 0
          ? {
              organizationSignedOn: dates.at(-1)!,
              organizationSignatory: signatures
                .map((s) => (s.organizationId === organizationId ? signatory : s.signatories!))
                .join("; ")
                .slice(0, 2000),
            }
          : {};
    }
    const both = { ...c, ...next };
    const complete = !!both.organizationSignedOn && !!both.citySignedOn;
    const status = complete ? (c.startDate <= today ? "in_progress" : "signed") : "sent";
    await tx
      .update(contracts)
      .set({ ...next, status, updatedAt: new Date() })
      .where(eq(contracts.id, c.id));
    if (complete) {
      await clampFirstTranche(tx, both);
      await ensureReportsFor(tx, c.id); // the reports it owes exist from signing on
    }
    await recordAudit(tx, {
      actor: actorOf(principal!),
      action: data.side === "city" ? "contract.signCity" : "contract.signOrganization",
      entityType: "contract",
      entityId: c.id,
      before: { status: c.status },
      after: { status, signedOn: data.signedOn, signatory, ...(organizationId ? { organizationId } : {}) },
    });
    return { ok: true, value: { status } } as const;
  });
}

async function clampFirstTranche(tx: Tx, c: ContractRow) {
  const deadline = firstTrancheDeadline(c);
  if (!deadline) return;
  const tranches = await tx.select().from(contractTranches).where(eq(contractTranches.contractId, c.id));
  const first = tranches.sort((a, b) => (a.dueDate === b.dueDate ? a.position - b.position : a.dueDate < b.dueDate ? -1 : 1))[0];
  if (first && !first.paidOn && first.dueDate > deadline && first.year === Number(deadline.slice(0, 4)))
    await tx.update(contractTranches).set({ dueDate: deadline }).where(eq(contractTranches.id, first.id));
}
