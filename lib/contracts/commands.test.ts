import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { contractAmendments, contractReports, contracts, contractTranches, contractVersions, contractYears } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { decideAmendment, requestAmendment } from "./amendments";
import { createContractFromOffer, sendContract, signContract, startDueContracts, terminateContract, updateDraft } from "./commands";
import { contractVersionsView, contractView } from "./queries";
import { listRegister, publicContract } from "./register";
import { createGrantedOffer, principalOf, testBankAccount } from "./testing";
import { addTranche, markTranchePaid } from "./tranches";

let t: TestDatabase;
let admin: Principal;
let owner: Principal;
let partnerMember: Principal;
let stranger: Principal;
let ownerEmail: string;
let orgId: string;
let partnerId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const [a, u1, u2, u3] = await Promise.all([createUser(t.db, { isAdmin: true }), createUser(t.db), createUser(t.db), createUser(t.db)]);
  orgId = await createOrganization(t.db, "Fundacja A");
  partnerId = await createOrganization(t.db, "Stowarzyszenie B");
  const otherId = await createOrganization(t.db, "Fundacja C");
  await addOrganizationMember(t.db, orgId, u1.id, "owner");
  await addOrganizationMember(t.db, partnerId, u2.id, "editor");
  await addOrganizationMember(t.db, otherId, u3.id, "owner");
  ownerEmail = u1.email;
  admin = principalOf(a, [], true);
  owner = principalOf(u1, [[orgId, "owner"]]);
  partnerMember = principalOf(u2, [[partnerId, "editor"]]);
  stranger = principalOf(u3, [[otherId, "owner"]]);
});
afterAll(() => t?.close());

const draftInput = (contractId: string, number: string, grants: Record<string, string>, extra: Record<string, string> = {}) => ({
  contractId,
  number,
  fundingForm: "support",
  startDate: "2025-02-01",
  endDate: "2027-11-30",
  firstTrancheDays: "30",
  tolerancePercent: "10",
  tranchesWait: "on",
  bankAccount: testBankAccount,
  cityRepresentatives: "Jan Kowalski, Zastępca Prezydenta Miasta",
  [`reps_${orgId}`]: "Anna Nowak, prezes zarządu",
  [`reps_${partnerId}`]: "Piotr Zieliński, skarbnik",
  ...grants,
  ...extra,
});

async function signedMultiYear() {
  const { offerId } = await createGrantedOffer(t.db, orgId, { years: [2025, 2026, 2027], partners: [partnerId], grantedGrosze: 30_000_01 });
  const created = await createContractFromOffer(t.db, admin, { offerId }, "2025-01-15");
  if (!created.ok) throw new Error(JSON.stringify(created));
  const id = created.value.id;
  const saved = await updateDraft(
    t.db,
    admin,
    draftInput(id, created.value.number, { grant_2025: "10000,00", grant_2026: "10000,00", grant_2027: "10000,01" }),
  );
  expect(saved).toEqual({ ok: true, value: null });
  expect((await sendContract(t.db, admin, { contractId: id })).ok).toBe(true);
  // art. 14 ust. 2 uodpp: each party of the joint contract signs for itself
  for (const [member, date] of [
    [partnerMember, "2025-01-20"],
    [owner, "2025-01-21"],
  ] as const)
    expect((await signContract(t.db, member, { contractId: id, side: "organization", signedOn: date, confirm: "on" }, date)).ok).toBe(true);
  const city = await signContract(
    t.db,
    admin,
    { contractId: id, side: "city", signedOn: "2025-01-22", signatory: "Jan Kowalski" },
    "2025-01-22",
  );
  expect(city).toEqual({ ok: true, value: { status: "signed" } });
  return id;
}

describe("contract from a granted offer", () => {
  it("is drawn up by an administrator only, once per offer, with every partner as a party", async () => {
    const { offerId } = await createGrantedOffer(t.db, orgId, { partners: [partnerId] });
    await expect(createContractFromOffer(t.db, owner, { offerId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.select().from(contracts).where(eq(contracts.offerId, offerId))).toHaveLength(0);
    const created = await createContractFromOffer(t.db, admin, { offerId }, "2026-11-27");
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.number).toMatch(/^DSS-I\.526\.\d+\.2026$/);
    expect(await createContractFromOffer(t.db, admin, { offerId })).toEqual({ ok: false, formError: "contractExists" });
    const view = await contractView(t.db, partnerMember, created.value.id);
    expect(view!.parties.map((p) => [p.organization.name, p.isLead])).toEqual([
      ["Fundacja A", true],
      ["Stowarzyszenie B", false],
    ]);
    expect(view!.terms.costLines.reduce((s, l) => s + l.grantGrosze, 0)).toBe(11_000_00);
    await expect(contractView(t.db, stranger, created.value.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("art. 14 ust. 2 uodpp, V.C of the offer: each party's share of the costs and of the grant is stored with the party, in the version and in the view", async () => {
    // requested 11 000 zł of 12 000 zł costs; the lead takes 7 000 / 6 000 zł, the partner 5 000 / 5 000 zł
    const { offerId } = await createGrantedOffer(t.db, orgId, {
      partners: [partnerId],
      split: [
        { costs: "7000", grant: "6000" },
        { costs: "5000", grant: "5000" },
      ],
    });
    const created = await createContractFromOffer(t.db, admin, { offerId }, "2026-11-27");
    if (!created.ok) throw new Error(JSON.stringify(created));
    const view = await contractView(t.db, partnerMember, created.value.id);
    expect(view!.parties.map((p) => [p.organization.name, p.costsGrosze, p.grantGrosze])).toEqual([
      ["Fundacja A", 7_000_00, 6_000_00],
      ["Stowarzyszenie B", 5_000_00, 5_000_00],
    ]);
    const [version] = await t.db.select().from(contractVersions).where(eq(contractVersions.contractId, created.value.id));
    expect(JSON.stringify(version)).toContain('"grantGrosze":600000');
    // editing the draft keeps the split
    const saved = await updateDraft(t.db, admin, {
      ...draftInput(created.value.id, created.value.number, { grant_2026: "11000,00" }),
      startDate: "2026-02-01",
      endDate: "2026-11-30",
    });
    expect(saved).toEqual({ ok: true, value: null });
    const after = await contractView(t.db, admin, created.value.id);
    expect(after!.parties.map((p) => p.grantGrosze)).toEqual([6_000_00, 5_000_00]);
  });

  it("art. 14 ust. 2 uodpp with a cut grant: the parties' shares are scaled to the grant awarded and still add up exactly", async () => {
    const { offerId } = await createGrantedOffer(t.db, orgId, {
      partners: [partnerId],
      grantedGrosze: 10_000_01,
      split: [
        { costs: "7000", grant: "6000" },
        { costs: "5000", grant: "5000" },
      ],
    });
    const created = await createContractFromOffer(t.db, admin, { offerId }, "2026-11-27");
    if (!created.ok) throw new Error(JSON.stringify(created));
    const view = await contractView(t.db, admin, created.value.id);
    const grants = view!.parties.map((p) => p.grantGrosze!);
    expect(grants.reduce((s, g) => s + g, 0)).toBe(10_000_01);
    // 10 000,01 zł × 6/11 = 5 454,5509…, × 5/11 = 4 545,4590…: the leftover grosz goes to the larger remainder
    expect(grants).toEqual([5_454_55, 4_545_46]);
    expect(view!.parties.map((p) => p.costsGrosze)).toEqual([7_000_00, 5_000_00]);
  });

  it("refuses offers without a settled grant", async () => {
    const { offerId } = await createGrantedOffer(t.db, orgId, { status: "awaiting_update" });
    expect(await createContractFromOffer(t.db, admin, { offerId })).toEqual({ ok: false, formError: "budgetUpdateNotAccepted" });
    const updatedWithoutVersion = await createGrantedOffer(t.db, orgId, { status: "updated" });
    expect(await createContractFromOffer(t.db, admin, updatedWithoutVersion)).toEqual({ ok: false, formError: "budgetUpdateNotAccepted" });
  });

  it("splits the grant per year; the years must add up to the grant", async () => {
    const { offerId } = await createGrantedOffer(t.db, orgId, { years: [2025, 2026, 2027], grantedGrosze: 30_000_01 });
    const created = await createContractFromOffer(t.db, admin, { offerId }, "2025-01-10");
    if (!created.ok) throw new Error("not created");
    const id = created.value.id;
    const bad = await updateDraft(
      t.db,
      admin,
      draftInput(id, created.value.number, { grant_2025: "10000", grant_2026: "10000", grant_2027: "10000" }),
    );
    expect(bad).toEqual({ ok: false, fieldErrors: { grant_2025: ["yearsMustAddUp"] } });
    const wrongNumber = await updateDraft(
      t.db,
      admin,
      draftInput(id, "UMOWA/1", { grant_2025: "9000", grant_2026: "10000", grant_2027: "11000,01" }),
    );
    expect(wrongNumber).toEqual({ ok: false, fieldErrors: { number: ["numberPattern"] } });
    const ok = await updateDraft(
      t.db,
      admin,
      draftInput(id, created.value.number, { grant_2025: "9000", grant_2026: "10000", grant_2027: "11000,01" }),
    );
    expect(ok.ok).toBe(true);
    const years = await t.db.select().from(contractYears).where(eq(contractYears.contractId, id));
    expect(years.map((y) => [y.year, y.grantGrosze]).sort()).toEqual([
      [2025, 9_000_00],
      [2026, 10_000_00],
      [2027, 11_000_01],
    ]);
    const [v1] = await t.db.select().from(contractVersions).where(eq(contractVersions.contractId, id));
    expect((v1.terms as { bankAccount: string }).bankAccount).toBe(testBankAccount);
  });
});

describe("sending and signing", () => {
  it("mails the parties; art. 14 ust. 2 uodpp: every party signs by its own representatives, then the city; then it is signed", async () => {
    const id = await signedMultiYear();
    expect((await mailsTo(t.db, ownerEmail)).some((m) => m.kind === "contract_sent")).toBe(true);
    const [c] = await t.db.select().from(contracts).where(eq(contracts.id, id));
    expect([c.status, c.organizationSignedOn, c.organizationSignatory, c.citySignatory]).toEqual([
      "signed",
      "2025-01-21",
      "Anna Nowak — prezes zarządu; Piotr Zieliński — skarbnik",
      "Jan Kowalski",
    ]);
  });

  it("refuses a signature from outside and changes nothing", async () => {
    const { offerId } = await createGrantedOffer(t.db, orgId);
    const created = await createContractFromOffer(t.db, admin, { offerId }, "2026-01-05");
    if (!created.ok) throw new Error("not created");
    const id = created.value.id;
    expect(await sendContract(t.db, admin, { contractId: id })).toEqual({ ok: false, formError: "bankAccountMissing" });
    await updateDraft(t.db, admin, {
      ...draftInput(id, created.value.number, { grant_2026: "11000" }),
      startDate: "2026-02-01",
      endDate: "2026-11-30",
    });
    expect((await sendContract(t.db, admin, { contractId: id })).ok).toBe(true);
    await expect(
      signContract(t.db, stranger, { contractId: id, side: "organization", signedOn: "2026-01-10", confirm: "on" }, "2026-01-10"),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      signContract(t.db, owner, { contractId: id, side: "city", signedOn: "2026-01-10", signatory: "Anna Nowak" }, "2026-01-10"),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendContract(t.db, owner, { contractId: id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(terminateContract(t.db, owner, { contractId: id, reason: "Nie chcemy tej umowy już." })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const [c] = await t.db.select().from(contracts).where(eq(contracts.id, id));
    expect([c.status, c.organizationSignedOn, c.citySignedOn]).toEqual(["sent", null, null]);
    // Both signatures on or after the start date: in progress at once.
    await signContract(t.db, owner, { contractId: id, side: "organization", signedOn: "2026-02-02", confirm: "on" }, "2026-02-02");
    expect(
      await signContract(t.db, admin, { contractId: id, side: "city", signedOn: "2026-02-03", signatory: "Jan Kowalski" }, "2026-02-03"),
    ).toEqual({ ok: true, value: { status: "in_progress" } });
  });
});

describe("tranches", () => {
  it("never exceed the grant per year and in total; the first within the days after signing", async () => {
    const id = await signedMultiYear();
    expect(await addTranche(t.db, admin, { contractId: id, dueDate: "2025-03-15", amount: "5000" })).toEqual({
      ok: false,
      fieldErrors: { dueDate: ["firstTrancheTooLate"] },
    });
    expect((await addTranche(t.db, admin, { contractId: id, dueDate: "2025-02-10", amount: "6000" })).ok).toBe(true);
    expect((await addTranche(t.db, admin, { contractId: id, dueDate: "2025-06-10", amount: "4000" })).ok).toBe(true);
    expect(await addTranche(t.db, admin, { contractId: id, dueDate: "2025-07-10", amount: "0,01" })).toEqual({
      ok: false,
      fieldErrors: { amount: ["tranchesAboveYearGrant"] },
    });
    expect(await addTranche(t.db, admin, { contractId: id, dueDate: "2027-02-10", amount: "10000,02" })).toEqual({
      ok: false,
      fieldErrors: { amount: ["tranchesAboveYearGrant"] },
    });
    await expect(addTranche(t.db, owner, { contractId: id, dueDate: "2026-02-10", amount: "100" })).rejects.toBeInstanceOf(ForbiddenError);
    const rows = await t.db.select().from(contractTranches).where(eq(contractTranches.contractId, id));
    expect(rows.reduce((s, r) => s + r.amountGrosze, 0)).toBe(10_000_00);
  });

  it("a later year's tranche waits for the previous year's accepted partial report", async () => {
    const id = await signedMultiYear();
    await addTranche(t.db, admin, { contractId: id, dueDate: "2025-02-10", amount: "10000" });
    const added = await addTranche(t.db, admin, { contractId: id, dueDate: "2026-02-10", amount: "10000" });
    if (!added.ok) throw new Error("not added");
    const [first] = (await t.db.select().from(contractTranches).where(eq(contractTranches.contractId, id))).filter((r) => r.year === 2025);
    expect(await markTranchePaid(t.db, admin, { trancheId: first.id, paidOn: "2025-02-10", paidAmount: "10000,01" }, "2025-02-11")).toEqual(
      { ok: false, fieldErrors: { paidAmount: ["paidAboveTranche"] } },
    );
    expect((await markTranchePaid(t.db, admin, { trancheId: first.id, paidOn: "2025-02-10", paidAmount: "10000" }, "2025-02-11")).ok).toBe(
      true,
    );
    expect((await t.db.select().from(contracts).where(eq(contracts.id, id)))[0].status).toBe("in_progress");
    expect(
      await markTranchePaid(t.db, admin, { trancheId: added.value.id, paidOn: "2026-02-10", paidAmount: "10000" }, "2026-02-11"),
    ).toEqual({ ok: false, formError: "trancheHeld" });
    // Signing created the reports the contract owes; the 2025 partial one is submitted, not yet accepted.
    const owed = await t.db.select().from(contractReports).where(eq(contractReports.contractId, id));
    expect(owed.map((r) => [r.kind, r.year]).sort()).toEqual([
      ["final", 2027],
      ["partial", 2025],
      ["partial", 2026],
    ]);
    await t.db
      .update(contractReports)
      .set({ status: "submitted" })
      .where(and(eq(contractReports.contractId, id), eq(contractReports.kind, "partial"), eq(contractReports.year, 2025)));
    expect(
      await markTranchePaid(t.db, admin, { trancheId: added.value.id, paidOn: "2026-02-10", paidAmount: "10000" }, "2026-02-11"),
    ).toEqual({ ok: false, formError: "trancheHeld" });
    await t.db
      .update(contractReports)
      .set({ status: "accepted" })
      .where(and(eq(contractReports.contractId, id), eq(contractReports.kind, "partial"), eq(contractReports.year, 2025)));
    expect(
      (await markTranchePaid(t.db, admin, { trancheId: added.value.id, paidOn: "2026-02-10", paidAmount: "10000" }, "2026-02-11")).ok,
    ).toBe(true);
  });
});

describe("amendments", () => {
  it("within the tolerance none is needed; beyond it the administrator's acceptance makes a new version", async () => {
    const id = await signedMultiYear();
    await startDueContracts(t.db, "2025-02-01");
    const view = (await contractView(t.db, owner, id))!;
    const [a, b] = view.terms.costLines.slice(0, 2).map((l) => l.grantGrosze);
    // § 5 of the framework contract: an item may grow by 10 % of its total (grant and own money) without an amendment
    const beyond = Math.floor(view.terms.costLines[0].totalGrosze / 10) + 1;
    expect(a + beyond).toBeLessThanOrEqual(view.terms.costLines[0].totalGrosze);
    expect(b - beyond).toBeGreaterThanOrEqual(0);
    const shift = (delta: number) => ({
      contractId: id,
      justification: "Wyższe koszty wynajmu sali niż planowano.",
      line_0: String((a + delta) / 100),
      line_1: String((b - delta) / 100),
    });
    expect(await requestAmendment(t.db, owner, shift(100_00))).toEqual({ ok: false, formError: "withinTolerance" });
    await expect(requestAmendment(t.db, stranger, shift(beyond))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await requestAmendment(t.db, owner, { ...shift(beyond), line_1: String((b - beyond + 1) / 100) })).toEqual({
      ok: false,
      fieldErrors: { line_0: ["yearSumChanged"] },
    });
    const asked = await requestAmendment(t.db, owner, shift(beyond));
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    expect(
      await requestAmendment(t.db, owner, {
        contractId: id,
        justification: "Nowy rachunek bankowy fundacji.",
        bankAccount: testBankAccount.replace("61", "61"),
      }),
    ).toEqual({ ok: false, formError: "amendmentPending" });
    await expect(decideAmendment(t.db, owner, { amendmentId: asked.value.id, decision: "accept" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.select().from(contractVersions).where(eq(contractVersions.contractId, id))).length).toBe(1);
    expect(await decideAmendment(t.db, admin, { amendmentId: asked.value.id, decision: "accept" })).toEqual({
      ok: true,
      value: { version: 2 },
    });
    const versions = (await contractVersionsView(t.db, partnerMember, id))!;
    expect(versions.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions.versions[1].changes.map((c) => c.field)).toEqual(["costLine:2025:Zajęcia 2025", "costLine:2025:Księgowość 2025"]);
    expect(versions.versions[1].amendmentNumber).toBe(1);
    expect(versions.terms.costLines[0].grantGrosze).toBe(a + beyond);
    expect(versions.contract.currentVersion).toBe(2);
  });

  it("a refusal needs a reason and keeps the terms", async () => {
    const id = await signedMultiYear();
    const asked = await requestAmendment(t.db, partnerMember, {
      contractId: id,
      justification: "Zmiana terminu zakończenia zadania.",
      endDate: "2027-10-31",
    });
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    expect(await decideAmendment(t.db, admin, { amendmentId: asked.value.id, decision: "refuse", decisionReason: "" })).toEqual({
      ok: false,
      fieldErrors: { decisionReason: ["reasonTooShort"] },
    });
    expect(
      (
        await decideAmendment(t.db, admin, {
          amendmentId: asked.value.id,
          decision: "refuse",
          decisionReason: "Termin wynika z ogłoszenia konkursu.",
        })
      ).ok,
    ).toBe(true);
    const [a] = await t.db.select().from(contractAmendments).where(eq(contractAmendments.id, asked.value.id));
    expect(a.status).toBe("refused");
    expect((await t.db.select().from(contracts).where(eq(contracts.id, id)))[0].endDate).toBe("2027-11-30");
  });
});

describe("public register", () => {
  it("lists signed contracts without personal data, filtered by year and organization", async () => {
    const id = await signedMultiYear();
    const page = await listRegister(t.db, { organization: partnerId, year: 2026 });
    expect(page.items.some((r) => r.id === id)).toBe(true);
    const one = await publicContract(t.db, id);
    expect(one!.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    const text = JSON.stringify(one);
    for (const secret of [testBankAccount, "Piotr Zieliński", "Jan Kowalski", "Anna Nowak"]) expect(text).not.toContain(secret);
    expect((await listRegister(t.db, { organization: partnerId, year: 2030 })).items.some((r) => r.id === id)).toBe(false);
  });
});
