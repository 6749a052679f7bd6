import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { competitions, offers, organizations, publicTaskAreas } from "@/lib/db/schema";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { addOrganizationMember, auditOf, createCompetition, createOrganization, createUser } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { announceCompetition, cancelCompetition, closeCompetition, copyCompetition, saveCompetition } from "@/lib/competitions/commands";
import { createOffer, saveOfferDraft, submitOffer, withdrawOffer } from "./commands";
import { getOffer, myOffers } from "./queries";
import { addOfferPartner } from "./partners";
import { emptyContent, normalizeContent } from "./content";
import { offerChecksum } from "./checksum";
import { completeContent } from "./testing";
import { warsawToInstant } from "@/lib/dates/warsaw";

let t: TestDatabase;
let owner: Principal;
let stranger: Principal;
let orgId: string;
let competitionId: string;
const deadline = warsawToInstant("2026-12-21", "15:00");
const before = new Date(deadline.getTime() - 60_000);

function principal(user: { id: string; email: string }, orgs: [string, "owner" | "editor"][] = [], isAdmin = false): Principal {
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

/** A fresh draft: an earlier test's unsent draft is set aside first (an organization has one draft per competition). */
async function newDraft() {
  await t.db
    .update(offers)
    .set({ status: "withdrawn" })
    .where(and(eq(offers.organizationId, orgId), eq(offers.competitionId, competitionId), eq(offers.status, "draft")));
  const created = await createOffer(t.db, owner, { organizationId: orgId, competitionId }, before);
  if (!created.ok) throw new Error(JSON.stringify(created));
  const saved = await saveOfferDraft(t.db, owner, { offerId: created.value.id, content: completeContent() }, before);
  expect(saved.ok).toBe(true);
  return created.value.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const u1 = await createUser(t.db);
  const u2 = await createUser(t.db);
  orgId = await createOrganization(t.db, "Fundacja A");
  const otherOrg = await createOrganization(t.db, "Fundacja B");
  await t.db.update(organizations).set({ verificationStatus: "verified" });
  await addOrganizationMember(t.db, orgId, u1.id, "owner");
  await addOrganizationMember(t.db, otherOrg, u2.id, "owner");
  owner = principal(u1, [[orgId, "owner"]]);
  stranger = principal(u2, [[otherOrg, "owner"]]);
  await t.db
    .insert(publicTaskAreas)
    .values({ slug: "seniors", point: "10", sortOrder: 10, namePl: "Seniorzy", nameEn: "Seniors" })
    .onConflictDoNothing();
  competitionId = await createCompetition(t.db);
  await t.db
    .update(competitions)
    .set({
      status: "announced",
      offerDeadline: deadline,
      maxGrantGrosze: 6_000_000,
      minOwnFinancialBp: 500,
      taskStartDate: "2027-01-01",
      taskEndDate: "2027-12-31",
    })
    .where(eq(competitions.id, competitionId));
});
afterAll(() => t?.close());

describe("offer submission", () => {
  it("submits once, freezes with a checksum, and a second submit does nothing", async () => {
    const id = await newDraft();
    const first = await submitOffer(t.db, owner, { offerId: id }, before);
    expect(first.ok && first.value.alreadySubmitted).toBe(false);
    const second = await submitOffer(t.db, owner, { offerId: id }, before);
    expect(second.ok && second.value).toEqual({ checksum: first.ok && first.value.checksum, alreadySubmitted: true });
    expect((await auditOf(t.db, id)).filter((a) => a.action === "offer.submit")).toHaveLength(1);
    expect((await saveOfferDraft(t.db, owner, { offerId: id, content: emptyContent() }, before)).ok).toBe(false);
  });

  it("form of Dz.U. 2018 poz. 2057, section II: the applicant's data are frozen at submission and covered by the checksum", async () => {
    const id = await newDraft();
    await t.db.update(organizations).set({ street: "ul. Lipowa 1" }).where(eq(organizations.id, orgId));
    const submitted = await submitOffer(t.db, owner, { offerId: id }, before);
    expect(submitted.ok).toBe(true);
    await t.db
      .update(organizations)
      .set({ street: "ul. Sienkiewicza 2", name: "Fundacja A (nowa nazwa)" })
      .where(eq(organizations.id, orgId));
    const shown = await getOffer(t.db, owner, id);
    expect(shown?.organization).toMatchObject({ name: "Fundacja A", street: "ul. Lipowa 1" });
    const [row] = await t.db.select().from(offers).where(eq(offers.id, id));
    const content = normalizeContent(row.content);
    expect(row.checksum).toBe(offerChecksum({ competitionId, organizationId: orgId, applicantProfile: row.applicantProfile, content }));
    expect(row.checksum).not.toBe(
      offerChecksum({ competitionId, organizationId: orgId, applicantProfile: { ...row.applicantProfile!, street: "x" }, content }),
    );
    await t.db.update(organizations).set({ street: null, name: "Fundacja A" }).where(eq(organizations.id, orgId));
  });

  it("two concurrent submits: one submission, audited once", async () => {
    const id = await newDraft();
    const results = await Promise.all([
      submitOffer(t.db, owner, { offerId: id }, before),
      submitOffer(t.db, owner, { offerId: id }, before),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.value.alreadySubmitted)).toHaveLength(1);
    expect((await auditOf(t.db, id)).filter((a) => a.action === "offer.submit")).toHaveLength(1);
  });

  it("refuses a late submission (one minute after the Warsaw deadline)", async () => {
    const id = await newDraft();
    const late = await submitOffer(t.db, owner, { offerId: id }, new Date(deadline.getTime() + 60_000));
    expect(late).toMatchObject({ ok: false, formError: "deadlinePassed" });
    const [row] = await t.db.select().from(offers).where(eq(offers.id, id));
    expect(row.status).toBe("draft");
  });

  it("refuses an offer above the maximum grant, explaining the field", async () => {
    const id = await newDraft();
    const c = completeContent();
    c.sources.requestedGrant = "70000";
    c.costs.lines[0].unitCost = "4000";
    c.sources.ownFinancial = "10000";
    await saveOfferDraft(t.db, owner, { offerId: id, content: c }, before);
    const r = await submitOffer(t.db, owner, { offerId: id }, before);
    expect(r.ok).toBe(false);
    expect(r.issues?.map((i) => [i.field, i.code])).toContainEqual(["sources.requestedGrant", "grantAboveMax"]);
  });

  it("saves amounts past bigint (units × unit cost) as a draft and explains them at submission (they answered 500)", async () => {
    const id = await newDraft();
    const c = completeContent();
    c.costs.lines[0].units = "999999999";
    c.costs.lines[0].unitCost = "9999999999";
    c.sources.volunteerHours = "999999999";
    c.sources.volunteerRate = "9999999999";
    c.sources.requestedGrant = "999999999999999";
    expect((await saveOfferDraft(t.db, owner, { offerId: id, content: c }, before)).ok).toBe(true);
    const r = await submitOffer(t.db, owner, { offerId: id }, before);
    expect(r.ok).toBe(false);
    expect(r.issues?.map((i) => [i.field, i.code])).toEqual(
      expect.arrayContaining([
        ["costs.lines", "amountTooLarge"],
        ["sources.volunteerHours", "amountTooLarge"],
      ]),
    );
  });

  it("refuses another organization's representative (IDOR), nothing changes", async () => {
    const id = await newDraft();
    await expect(saveOfferDraft(t.db, stranger, { offerId: id, content: emptyContent() }, before)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitOffer(t.db, stranger, { offerId: id }, before)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(withdrawOffer(t.db, stranger, { offerId: id }, before)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOffer(t.db, stranger, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createOffer(t.db, stranger, { organizationId: orgId, competitionId }, before)).rejects.toBeInstanceOf(ForbiddenError);
    const [row] = await t.db.select().from(offers).where(eq(offers.id, id));
    expect(row.status).toBe("draft");
    expect(row.title).toBe("Zadanie");
  });

  it("withdraws before the deadline", async () => {
    const id = await newDraft();
    expect((await withdrawOffer(t.db, owner, { offerId: id }, before)).ok).toBe(true);
    const [row] = await t.db.select().from(offers).where(eq(offers.id, id));
    expect(row.status).toBe("withdrawn");
  });
});

describe("one draft per organization and competition", () => {
  let ownCompetition: string;
  let editor: Principal;
  beforeAll(async () => {
    ownCompetition = await createCompetition(t.db, "Konkurs: jeden szkic");
    await t.db
      .update(competitions)
      .set({ status: "announced", offerDeadline: deadline, taskStartDate: "2027-01-01", taskEndDate: "2027-12-31" })
      .where(eq(competitions.id, ownCompetition));
    const u = await createUser(t.db);
    await addOrganizationMember(t.db, orgId, u.id, "editor");
    editor = principal(u, [[orgId, "editor"]]);
  });
  const draftsOf = async () =>
    (await t.db.select().from(offers).where(eq(offers.competitionId, ownCompetition))).filter(
      (o) => o.organizationId === orgId && o.status === "draft",
    );

  it("'Złóż ofertę' again resumes the organization's draft (for any of its members); after submission a new one starts", async () => {
    const first = await createOffer(t.db, owner, { organizationId: orgId, competitionId: ownCompetition }, before);
    expect(first).toMatchObject({ ok: true, value: { resumed: false } });
    const again = await createOffer(t.db, owner, { organizationId: orgId, competitionId: ownCompetition }, before);
    const byEditor = await createOffer(t.db, editor, { organizationId: orgId, competitionId: ownCompetition }, before);
    expect(again).toEqual({ ok: true, value: { id: first.ok && first.value.id, resumed: true } });
    expect(byEditor).toEqual({ ok: true, value: { id: first.ok && first.value.id, resumed: true } });
    expect(await draftsOf()).toHaveLength(1);
    expect((await auditOf(t.db, first.ok ? first.value.id : "")).filter((a) => a.action === "offer.create")).toHaveLength(1);

    const id = first.ok ? first.value.id : "";
    expect((await saveOfferDraft(t.db, owner, { offerId: id, content: completeContent() }, before)).ok).toBe(true);
    expect((await submitOffer(t.db, owner, { offerId: id }, before)).ok).toBe(true);
    const next = await createOffer(t.db, owner, { organizationId: orgId, competitionId: ownCompetition }, before);
    expect(next).toMatchObject({ ok: true, value: { resumed: false } });
    expect(next.ok && next.value.id).not.toBe(id);
  });

  it("refuses a visitor, another organization's representative and an administrator who is no member; nothing is started", async () => {
    const count = (await draftsOf()).length;
    const admin = principal(await createUser(t.db), [], true);
    for (const who of [null, stranger, admin])
      await expect(createOffer(t.db, who, { organizationId: orgId, competitionId: ownCompetition }, before)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    expect(await draftsOf()).toHaveLength(count);
  });

  it("past the deadline a draft is read-only: saving is refused and nothing changes", async () => {
    const created = await createOffer(t.db, owner, { organizationId: orgId, competitionId: ownCompetition }, before);
    const id = created.ok ? created.value.id : "";
    const c = completeContent();
    c.task.title = "Przed terminem";
    expect((await saveOfferDraft(t.db, owner, { offerId: id, content: c }, before)).ok).toBe(true);
    c.task.title = "Po terminie";
    const late = await saveOfferDraft(t.db, owner, { offerId: id, content: c }, new Date(deadline.getTime() + 60_000));
    expect(late).toEqual({ ok: false, formError: "deadlinePassed" });
    const [row] = await t.db.select().from(offers).where(eq(offers.id, id));
    expect([row.title, normalizeContent(row.content).task.title]).toEqual(["Przed terminem", "Przed terminem"]);
    // and no new draft starts after the deadline either
    const start = await createOffer(
      t.db,
      owner,
      { organizationId: orgId, competitionId: ownCompetition },
      new Date(deadline.getTime() + 60_000),
    );
    expect(start).toEqual({ ok: false, formError: "deadlinePassed" });
  });
});

describe("joint offers", () => {
  it("the lead adds a partner by KRS; partner members can view, not edit", async () => {
    const id = await newDraft();
    const partnerOrg = [...stranger.organizations.keys()][0];
    await t.db.update(organizations).set({ krs: "0000123456" }).where(eq(organizations.id, partnerOrg));
    await expect(addOfferPartner(t.db, stranger, { offerId: id, registry: "0000123456" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await addOfferPartner(t.db, owner, { offerId: id, registry: "0000999999" })).toMatchObject({ ok: false });
    expect((await addOfferPartner(t.db, owner, { offerId: id, registry: "0000123456" })).ok).toBe(true);
    const seen = await getOffer(t.db, stranger, id);
    expect(seen?.canEdit).toBe(false);
    expect(seen?.partners.map((p) => p.id)).toEqual([partnerOrg]);
    expect((await myOffers(t.db, stranger)).map((o) => o.id)).toContain(id);
    await expect(saveOfferDraft(t.db, stranger, { offerId: id, content: emptyContent() }, before)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("V.C split between joint applicants", () => {
  it("art. 14 ust. 2 uodpp, form V.C: submitted only when the partners' grants add up to V.B's grant; a refusal keeps what was typed; the split is frozen under the checksum", async () => {
    const partnerOrg = await createOrganization(t.db, "Stowarzyszenie D");
    await t.db.update(organizations).set({ krs: "0000765432", verificationStatus: "verified" }).where(eq(organizations.id, partnerOrg));
    const partnerUser = await createUser(t.db);
    await addOrganizationMember(t.db, partnerOrg, partnerUser.id, "owner");
    const partnerMember = principal(partnerUser, [[partnerOrg, "owner"]]);
    const id = await newDraft();
    expect((await addOfferPartner(t.db, owner, { offerId: id, registry: "0000765432" })).ok).toBe(true);

    // nothing in V.C yet: every party's two amounts are missing
    const empty = await submitOffer(t.db, owner, { offerId: id }, before);
    expect(empty.issues?.filter((i) => i.section === "split").map((i) => i.field)).toEqual([
      `split.costs.${orgId}`,
      `split.grant.${orgId}`,
      `split.costs.${partnerOrg}`,
      `split.grant.${partnerOrg}`,
    ]);

    // grants of 20 000 + 15 000 zł against 36 000 zł requested: refused at the field, the typed amounts stay
    const c = completeContent();
    c.split.shares = [
      { organizationId: orgId, costs: "24000", grant: "20000" },
      { organizationId: partnerOrg, costs: "16000", grant: "15000" },
    ];
    expect((await saveOfferDraft(t.db, owner, { offerId: id, content: c }, before)).ok).toBe(true);
    const refused = await submitOffer(t.db, owner, { offerId: id }, before);
    expect(refused).toMatchObject({ ok: false, formError: "offerIncomplete" });
    expect(refused.issues).toEqual([
      { section: "split", field: "split.grant", code: "splitGrantMismatch", params: { split: 3_500_000, grant: 3_600_000 } },
    ]);
    const [kept] = await t.db.select().from(offers).where(eq(offers.id, id));
    expect(kept.status).toBe("draft");
    expect(normalizeContent(kept.content).split.shares).toEqual(c.split.shares);

    // a partner's member cannot change the split (only the lead edits); nothing changed
    const tampered = completeContent();
    tampered.split.shares = [{ organizationId: partnerOrg, costs: "40000", grant: "36000" }];
    await expect(saveOfferDraft(t.db, partnerMember, { offerId: id, content: tampered }, before)).rejects.toBeInstanceOf(ForbiddenError);
    const [unchanged] = await t.db.select().from(offers).where(eq(offers.id, id));
    expect(unchanged.version).toBe(kept.version);

    // fixed: 20 000 + 16 000 zł
    c.split.shares[1].grant = "16000";
    await saveOfferDraft(t.db, owner, { offerId: id, content: c }, before);
    const submitted = await submitOffer(t.db, owner, { offerId: id }, before);
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    const [row] = await t.db.select().from(offers).where(eq(offers.id, id));
    const content = normalizeContent(row.content);
    expect(row.checksum).toBe(offerChecksum({ competitionId, organizationId: orgId, applicantProfile: row.applicantProfile, content }));
    const otherSplit = {
      ...content,
      split: { ...content.split, shares: [c.split.shares[1], { ...c.split.shares[0], grant: "20000,01" }] },
    };
    expect(row.checksum).not.toBe(
      offerChecksum({ competitionId, organizationId: orgId, applicantProfile: row.applicantProfile, content: otherSplit }),
    );
    // frozen: a submitted offer's split no longer changes
    expect(await saveOfferDraft(t.db, owner, { offerId: id, content: tampered }, before)).toMatchObject({
      ok: false,
      formError: "offerNotDraft",
    });
  });
});

describe("announcing a competition", () => {
  it("art. 13 ust. 1 with art. 111 § 2 KC: refuses a deadline before the end of day 21 after publication", async () => {
    const admin = principal(await createUser(t.db, { isAdmin: true }), [], true);
    const input = {
      title: "Konkurs na 2027 r.",
      number: "T.1.2027",
      areaSlug: "",
      fundingForm: "support",
      description: "Opis",
      grantRules: "Dotacja w formie wspierania, do 60 000 zł na ofertę.",
      taskConditions: "Zadanie realizowane w Białymstoku zgodnie z umową.",
      budget: "450000",
      minGrant: "20000",
      maxGrant: "60000",
      minOwnFinancial: "5",
      minOwnNonFinancial: "",
      maxAdminCost: "10",
      taskStartDate: "2027-02-01",
      taskEndDate: "2027-12-15",
      deadlineDate: "2026-12-10",
      deadlineTime: "15:00",
      selectionProcedure: "Komisja",
      selectionDate: "2027-01-20",
      minTotalScore: "20",
      criteria: JSON.stringify([
        { kind: "ability", name: "Możliwość", maxPoints: 10, supportOnly: false },
        { kind: "costs", name: "Koszty", maxPoints: 10, supportOnly: false },
      ]),
      previousTasks: "[]",
      noPreviousTasks: "on",
      reservesCancellation: "on",
      documents: "[]",
    };
    expect((await saveCompetition(t.db, admin, input)).ok).toBe(false); // area required
    const saved = await saveCompetition(t.db, admin, { ...input, areaSlug: "seniors" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const now = warsawToInstant("2026-11-27", "12:00");
    expect(await announceCompetition(t.db, admin, { id: saved.value.id }, now)).toMatchObject({ ok: false, formError: "deadlineTooShort" });
    // day 21 after 27 November, but at 15:00: the term has not yet run out
    await saveCompetition(t.db, admin, { ...input, areaSlug: "seniors", id: saved.value.id, deadlineDate: "2026-12-18" });
    expect(await announceCompetition(t.db, admin, { id: saved.value.id }, now)).toMatchObject({ ok: false, formError: "deadlineTooShort" });
    await saveCompetition(t.db, admin, { ...input, areaSlug: "seniors", id: saved.value.id, deadlineDate: "2026-12-19" });
    expect((await announceCompetition(t.db, admin, { id: saved.value.id }, now)).ok).toBe(true);
    await expect(announceCompetition(t.db, owner, { id: saved.value.id }, now)).rejects.toBeInstanceOf(ForbiddenError);

    const copy = await copyCompetition(t.db, admin, { id: saved.value.id });
    if (!copy.ok) throw new Error("copy failed");
    const [copied] = await t.db.select().from(competitions).where(eq(competitions.id, copy.value.id));
    expect(copied).toMatchObject({
      status: "draft",
      title: "Konkurs na 2028 r.",
      taskStartDate: "2028-02-01",
      taskEndDate: "2028-12-15",
      budgetGrosze: 45_000_000,
    });
    expect(copied.offerDeadline?.toISOString()).toBe(warsawToInstant("2027-12-19", "15:00").toISOString());

    expect(await cancelCompetition(t.db, admin, { id: saved.value.id, reason: "" }, now)).toMatchObject({ ok: false });
    expect((await cancelCompetition(t.db, admin, { id: saved.value.id, reason: "Zmiana priorytetów budżetu Miasta." }, now)).ok).toBe(true);
    expect((await auditOf(t.db, saved.value.id)).map((a) => a.action)).toEqual([
      "competition.cancel",
      "competition.announce",
      "competition.update",
      "competition.update",
      "competition.create",
    ]);
  });

  it("closes only a competition whose results are published; a representative cannot", async () => {
    const admin = principal(await createUser(t.db, { isAdmin: true }), [], true);
    const id = await createCompetition(t.db, "Do zamknięcia");
    expect(await closeCompetition(t.db, admin, { id })).toEqual({ ok: false, formError: "cannotClose" });
    await t.db.update(competitions).set({ status: "results_published" }).where(eq(competitions.id, id));
    await expect(closeCompetition(t.db, owner, { id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await t.db.select().from(competitions).where(eq(competitions.id, id)))[0].status).toBe("results_published");
    expect(await closeCompetition(t.db, admin, { id })).toEqual({ ok: true, value: null });
    expect((await t.db.select().from(competitions).where(eq(competitions.id, id)))[0].status).toBe("closed");
    expect((await auditOf(t.db, id))[0].action).toBe("competition.close");
  });
});
