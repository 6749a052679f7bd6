import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { auditLog, contractPartySignatures, contracts } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, createOrganization, createUser } from "@/tests/factories";
import { createContractFromOffer, sendContract, updateDraft } from "./commands";
import { contractView } from "./queries";
import { signContract } from "./signing";
import { createGrantedOffer, principalOf, testBankAccount } from "./testing";

let t: TestDatabase;
let admin: Principal;
let lead: Principal;
let partner: Principal;
let commissionMember: Principal;
let leadId: string;
let partnerId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const [a, u1, u2, u3] = await Promise.all([createUser(t.db, { isAdmin: true }), createUser(t.db), createUser(t.db), createUser(t.db)]);
  leadId = await createOrganization(t.db, "Fundacja Lider");
  partnerId = await createOrganization(t.db, "Stowarzyszenie Partner");
  await addOrganizationMember(t.db, leadId, u1.id, "owner");
  await addOrganizationMember(t.db, partnerId, u2.id, "owner");
  admin = principalOf(a, [], true);
  lead = principalOf(u1, [[leadId, "owner"]]);
  partner = principalOf(u2, [[partnerId, "owner"]]);
  commissionMember = { ...principalOf(u3, []), commissions: new Set(["00000000-0000-4000-8000-000000000001"]) };
});
afterAll(() => t?.close());

/** A joint contract (lead and partner, each with its representatives per KRS) sent for signatures. */
async function sentJointContract() {
  const { offerId } = await createGrantedOffer(t.db, leadId, { years: [2026], partners: [partnerId] });
  const created = await createContractFromOffer(t.db, admin, { offerId }, "2026-01-05");
  if (!created.ok) throw new Error(JSON.stringify(created));
  const id = created.value.id;
  const saved = await updateDraft(t.db, admin, {
    contractId: id,
    number: created.value.number,
    fundingForm: "support",
    startDate: "2026-03-01",
    endDate: "2026-11-30",
    firstTrancheDays: "30",
    tolerancePercent: "10",
    tranchesWait: "on",
    bankAccount: testBankAccount,
    cityRepresentatives: "Jan Kowalski, Zastępca Prezydenta Miasta",
    [`reps_${leadId}`]: "Anna Nowak, prezes zarządu\nBeata Wrona, członkini zarządu",
    [`reps_${partnerId}`]: "Piotr Zieliński, prezes zarządu",
    grant_2026: "11000,00",
  });
  expect(saved).toEqual({ ok: true, value: null });
  expect((await sendContract(t.db, admin, { contractId: id })).ok).toBe(true);
  return id;
}

const statusOf = async (id: string) => (await t.db.select().from(contracts).where(eq(contracts.id, id)))[0];

describe("joint contract signatures (art. 14 ust. 2 and art. 16 uodpp)", () => {
  it("art. 14 ust. 2 uodpp: each party signs by its own representatives; the contract is signed only when every party and the city have", async () => {
    const id = await sentJointContract();
    const partnerSigned = await signContract(
      t.db,
      partner,
      { contractId: id, side: "organization", signedOn: "2026-02-10", confirm: "on" },
      "2026-02-10",
    );
    expect(partnerSigned).toEqual({ ok: true, value: { status: "sent" } });
    const city = await signContract(
      t.db,
      admin,
      { contractId: id, side: "city", signedOn: "2026-02-11", signatory: "Jan Kowalski" },
      "2026-02-11",
    );
    // the lead has not signed: not yet a contract
    expect(city).toEqual({ ok: true, value: { status: "sent" } });
    expect((await statusOf(id)).organizationSignedOn).toBeNull();

    const leadSigned = await signContract(
      t.db,
      lead,
      { contractId: id, side: "organization", organizationId: leadId, signedOn: "2026-02-12", confirm: "on" },
      "2026-02-12",
    );
    expect(leadSigned).toEqual({ ok: true, value: { status: "signed" } });
    const signatures = await t.db.select().from(contractPartySignatures).where(eq(contractPartySignatures.contractId, id));
    expect(new Map(signatures.map((s) => [s.organizationId, s.signatories]))).toEqual(
      new Map([
        [leadId, "Anna Nowak — prezes zarządu, Beata Wrona — członkini zarządu"],
        [partnerId, "Piotr Zieliński — prezes zarządu"],
      ]),
    );
    expect(await statusOf(id)).toMatchObject({ status: "signed", organizationSignedOn: "2026-02-12" });
    const view = await contractView(t.db, partner, id);
    expect(view?.signatures.map((s) => [s.name, s.signedOn])).toEqual([
      ["Fundacja Lider", "2026-02-12"],
      ["Stowarzyszenie Partner", "2026-02-10"],
    ]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(
      audit.filter((a) => a.action === "contract.signOrganization").map((a) => (a.after as { organizationId: string }).organizationId),
    ).toEqual(expect.arrayContaining([leadId, partnerId]));
  });

  it("art. 14 ust. 2 uodpp: a partner cannot sign for another party; a commission member, a visitor and the administrator cannot sign for a party; nothing changes", async () => {
    const id = await sentJointContract();
    const forLead = { contractId: id, side: "organization", organizationId: leadId, signedOn: "2026-02-10", confirm: "on" };
    await expect(signContract(t.db, partner, forLead, "2026-02-10")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signContract(t.db, commissionMember, forLead, "2026-02-10")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signContract(t.db, null, forLead, "2026-02-10")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signContract(t.db, admin, forLead, "2026-02-10")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      signContract(t.db, lead, { contractId: id, side: "city", signedOn: "2026-02-10", signatory: "Anna Nowak" }, "2026-02-10"),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.select().from(contractPartySignatures).where(eq(contractPartySignatures.contractId, id))).toHaveLength(0);
    expect(await statusOf(id)).toMatchObject({ status: "sent", organizationSignedOn: null, citySignedOn: null });
  });

  it("art. 14 ust. 2 uodpp: a party signs once, only with the confirmation that its listed representatives signed", async () => {
    const id = await sentJointContract();
    expect(await signContract(t.db, partner, { contractId: id, side: "organization", signedOn: "2026-02-10" }, "2026-02-10")).toEqual({
      ok: false,
      fieldErrors: { confirm: ["confirmSignatories"] },
    });
    const input = { contractId: id, side: "organization", signedOn: "2026-02-10", confirm: "on" };
    expect((await signContract(t.db, partner, input, "2026-02-10")).ok).toBe(true);
    expect(await signContract(t.db, partner, input, "2026-02-10")).toEqual({ ok: false, formError: "alreadySigned" });
  });
});
