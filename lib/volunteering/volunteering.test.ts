import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { systemActor } from "@/lib/audit/record";
import { seedReferenceData } from "@/lib/db/reference";
import { organizations } from "@/lib/db/schema/organizations";
import { volunteerApplications, volunteerHours } from "@/lib/db/schema/volunteering";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo, tokenFromMail } from "@/tests/factories";
import {
  applyToOffer,
  confirmAgreement,
  confirmGuardianConsent,
  createOffer,
  decideApplication,
  decideHours,
  issueAgreement,
  issueCertificate,
  logHours,
  sendAgreementReminders,
  setOfferStatus,
} from "./commands";
import {
  getEngagement,
  listPublicOffers,
  myVolunteering,
  offerForOrganization,
  verifyCertificate,
  volunteeringStatistics,
  consentRequest,
} from "./queries";

let t: TestDatabase;
let orgA: string;
let orgB: string;
let repA: Principal;
let repB: Principal;
let offerId: string;
const now = new Date("2027-03-01T10:00:00+01:00");

async function person(name = "Jan Testowy"): Promise<Principal> {
  const user = await createUser(t.db, { name });
  return (await loadPrincipal(t.db, user.id))!;
}

const offerInput = (organizationId: string, extra: Record<string, unknown> = {}) => ({
  organizationId,
  title: "Pomoc w świetlicy osiedlowej",
  tasks: "Pomoc dzieciom w odrabianiu lekcji i zajęcia plastyczne po szkole.",
  areaSlug: "volunteering",
  districtSlug: "bojary",
  online: "",
  startDate: "2027-03-01",
  endDate: "2027-06-30",
  hoursPerWeek: "4",
  places: "3",
  skills: "Cierpliwość",
  audiences: ["adults", "from16"],
  accessibility: "Parter, bez progów",
  contactName: "Anna Kontaktowa",
  contactEmail: "kontakt@swietlica.test",
  contactPhone: "",
  ...extra,
});

const agreementInput = (applicationId: string, extra: Record<string, unknown> = {}) => ({
  applicationId,
  scope: "Pomoc dzieciom w odrabianiu lekcji.",
  place: "Świetlica, ul. Testowa 1",
  startDate: "2027-03-01",
  endDate: "2027-06-30",
  hoursPerWeek: "4",
  volunteerDuties: "Punktualność i dbałość o bezpieczeństwo dzieci.",
  organizationDuties: "Szkolenie BHP i opieka koordynatora.",
  risks: "Praca z dziećmi: ryzyko drobnych urazów; zasady ochrony małoletnich.",
  insurance: "",
  reimbursement: "Zwrot kosztów biletów komunikacji miejskiej.",
  confidentiality: "Dane dzieci są poufne.",
  ...extra,
});

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  vi.stubEnv("AUTH_SECRET", "test-secret-of-volunteering-0123456789");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  orgA = await createOrganization(t.db, "Fundacja A");
  orgB = await createOrganization(t.db, "Stowarzyszenie B");
  await t.db.update(organizations).set({ verificationStatus: "verified" });
  repA = await person("Reprezentantka A");
  repB = await person("Reprezentant B");
  await addOrganizationMember(t.db, orgA, repA.userId, "owner");
  await addOrganizationMember(t.db, orgB, repB.userId, "owner");
  repA = (await loadPrincipal(t.db, repA.userId))!;
  repB = (await loadPrincipal(t.db, repB.userId))!;
  const created = await createOffer(t.db, repA, offerInput(orgA));
  if (!created.ok) throw new Error(JSON.stringify(created));
  offerId = created.value.id;
  expect((await setOfferStatus(t.db, repA, { offerId, status: "published" }, now)).ok).toBe(true);
});

afterAll(() => t?.close());

describe("offers", () => {
  it("only a verified organization's representative creates one", async () => {
    const unverified = await createOrganization(t.db, "Fundacja Niezweryfikowana");
    const rep = await person();
    await addOrganizationMember(t.db, unverified, rep.userId, "owner");
    const p = (await loadPrincipal(t.db, rep.userId))!;
    expect(await createOffer(t.db, p, offerInput(unverified))).toEqual({ ok: false, formError: "organizationNotVerified" });
    await expect(createOffer(t.db, repB, offerInput(orgA))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("needs a district or online, and both dates or none", async () => {
    const r = await createOffer(t.db, repA, offerInput(orgA, { districtSlug: "", endDate: "" }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["districtSlug", "endDate"]);
  });

  it("the public board filters and pages, without contact data", async () => {
    const online = await createOffer(
      t.db,
      repB,
      offerInput(orgB, { districtSlug: "", online: "on", startDate: "", endDate: "", audiences: ["seniors"] }),
    );
    if (!online.ok) throw new Error("offer");
    await setOfferStatus(t.db, repB, { offerId: online.value.id, status: "published" }, now);
    const all = await listPublicOffers(t.db, { page: 1 });
    expect(all.total).toBe(2);
    expect((await listPublicOffers(t.db, { page: 1, online: true })).items.map((o) => o.id)).toEqual([online.value.id]);
    expect((await listPublicOffers(t.db, { page: 1, district: "bojary" })).items.map((o) => o.id)).toEqual([offerId]);
    expect((await listPublicOffers(t.db, { page: 1, audience: "seniors" })).total).toBe(1);
    // ongoing offers run on any day; the dated one ends in June
    expect((await listPublicOffers(t.db, { page: 1, from: "2027-07-01" })).items.map((o) => o.id)).toEqual([online.value.id]);
    expect((await listPublicOffers(t.db, { page: 2 }, 1)).items).toHaveLength(1);
    expect(JSON.stringify(all.items)).not.toContain("kontakt@swietlica.test");
  });
});

describe("applications and the guardian's consent", () => {
  it("an adult's application goes to the organization at once", async () => {
    const adult = await person("Ewa Dorosła");
    const r = await applyToOffer(t.db, adult, { offerId, message: "Chcę pomagać dzieciom w nauce.", birthDate: "1990-05-05" }, now);
    expect(r).toMatchObject({ ok: true, value: { awaitingConsent: false } });
    expect((await mailsTo(t.db, "kontakt@swietlica.test")).length).toBeGreaterThan(0);
    expect(await applyToOffer(t.db, adult, { offerId, message: "Jeszcze raz to samo.", birthDate: "1990-05-05" }, now)).toEqual({
      ok: false,
      formError: "alreadyApplied",
    });
  });

  it("a minor's application waits for the guardian's consent by a signed link", async () => {
    const minor = await person("Kasia Młoda");
    const refused = await applyToOffer(t.db, minor, { offerId, message: "Chcę pomagać w świetlicy.", birthDate: "2010-01-01" }, now);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors?.guardianEmail).toEqual(["guardianRequired"]);
    const tooYoung = await applyToOffer(
      t.db,
      minor,
      {
        offerId,
        message: "Chcę pomagać w świetlicy.",
        birthDate: "2013-01-01",
        guardianName: "Maria Młoda",
        guardianEmail: "mama@example.test",
      },
      now,
    );
    expect(tooYoung).toEqual({ ok: false, fieldErrors: { birthDate: ["tooYoung"] } });
    const r = await applyToOffer(
      t.db,
      minor,
      {
        offerId,
        message: "Chcę pomagać w świetlicy.",
        birthDate: "2010-01-01",
        guardianName: "Maria Młoda",
        guardianEmail: "mama@example.test",
      },
      now,
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value.awaitingConsent).toBe(true);
    // the organization does not see it yet
    const before = await offerForOrganization(t.db, repA, offerId);
    expect(before!.applications.map((a) => a.id)).not.toContain(r.value.id);
    await expect(getEngagement(t.db, repA, r.value.id)).resolves.toBeNull();
    expect(await decideApplication(t.db, repA, { applicationId: r.value.id, decision: "accepted" }, now)).toEqual({
      ok: false,
      formError: "notFound",
    });
    // a tampered link is refused, the right one confirms
    const [mail] = await mailsTo(t.db, "mama@example.test");
    const token = tokenFromMail(mail.text);
    expect(await confirmGuardianConsent(t.db, null, { token: `${token.slice(0, -2)}AA` }, now)).toEqual({
      ok: false,
      formError: "invalidLink",
    });
    expect((await consentRequest(t.db, token))?.volunteer).toBe("Kasia Młoda");
    expect((await confirmGuardianConsent(t.db, null, { token }, now)).ok).toBe(true);
    const [row] = await t.db.select().from(volunteerApplications).where(eq(volunteerApplications.id, r.value.id));
    expect(row.status).toBe("submitted");
    expect(row.guardianConsentAt).not.toBeNull();
    const after = await offerForOrganization(t.db, repA, offerId);
    expect(after!.applications.map((a) => a.id)).toContain(r.value.id);
  });

  it("another organization can neither read nor decide the applications; nothing changes", async () => {
    const volunteer = await person();
    const r = await applyToOffer(t.db, volunteer, { offerId, message: "Chętnie pomogę w świetlicy.", birthDate: "1985-01-01" }, now);
    if (!r.ok) throw new Error("apply");
    await expect(offerForOrganization(t.db, repB, offerId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getEngagement(t.db, repB, r.value.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideApplication(t.db, repB, { applicationId: r.value.id, decision: "declined" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const stranger = await person();
    await expect(getEngagement(t.db, stranger, r.value.id)).rejects.toBeInstanceOf(ForbiddenError);
    const [row] = await t.db.select().from(volunteerApplications).where(eq(volunteerApplications.id, r.value.id));
    expect(row.status).toBe("submitted");
  });
});

describe("an engagement: agreement, hours, certificate", () => {
  it("goes from acceptance to a verifiable certificate", async () => {
    const volunteer = await person("Olga Wolontariuszka");
    const applied = await applyToOffer(t.db, volunteer, { offerId, message: "Mam doświadczenie z dziećmi.", birthDate: "1995-02-02" }, now);
    if (!applied.ok) throw new Error("apply");
    const applicationId = applied.value.id;
    // no agreement before acceptance
    expect(await issueAgreement(t.db, repA, agreementInput(applicationId))).toEqual({ ok: false, formError: "notAccepted" });
    expect((await decideApplication(t.db, repA, { applicationId, decision: "accepted", message: "Zapraszamy!" }, now)).ok).toBe(true);
    expect((await mailsTo(t.db, volunteer.email)).some((m) => m.kind === "volunteering_decided")).toBe(true);
    // up to 30 days: insurance must be described
    expect(await issueAgreement(t.db, repA, agreementInput(applicationId, { endDate: "2027-03-20" }))).toEqual({
      ok: false,
      fieldErrors: { insurance: ["insuranceRequired"] },
    });
    expect((await issueAgreement(t.db, repA, agreementInput(applicationId))).ok).toBe(true);
    // someone else cannot confirm it; the volunteer can
    const stranger = await person();
    expect(await confirmAgreement(t.db, stranger, { applicationId }, now)).toEqual({ ok: false, formError: "notFound" });
    expect((await confirmAgreement(t.db, volunteer, { applicationId }, now)).ok).toBe(true);
    expect(await issueAgreement(t.db, repA, agreementInput(applicationId))).toEqual({ ok: false, formError: "agreementConfirmed" });

    // the organization records hours (approved), the volunteer logs hours (pending)
    const byOrg = await logHours(t.db, repA, { applicationId, day: "2027-03-01", hours: "2,5", description: "Zajęcia plastyczne" }, now);
    expect(byOrg).toMatchObject({ ok: true, value: { status: "approved" } });
    const own = await logHours(t.db, volunteer, { applicationId, day: "2027-03-01", hours: "1", description: "Lekcje" }, now);
    if (!own.ok) throw new Error("log");
    expect(own.value.status).toBe("pending");
    expect(await logHours(t.db, volunteer, { applicationId, day: "2027-03-02", hours: "1", description: "Jutro" }, now)).toEqual({
      ok: false,
      fieldErrors: { day: ["dayInFuture"] },
    });
    await expect(logHours(t.db, repB, { applicationId, day: "2027-03-01", hours: "1", description: "Obcy" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // the volunteer never approves their own hours, nor does another organization; nothing changes
    await expect(decideHours(t.db, volunteer, { hoursId: own.value.id, decision: "approved" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideHours(t.db, repB, { hoursId: own.value.id, decision: "approved" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    const [pending] = await t.db.select().from(volunteerHours).where(eq(volunteerHours.id, own.value.id));
    expect(pending.status).toBe("pending");
    expect((await decideHours(t.db, repA, { hoursId: own.value.id, decision: "approved" }, now)).ok).toBe(true);

    const issued = await issueCertificate(t.db, repA, { applicationId, opinion: "Rzetelna i zaangażowana." }, now);
    if (!issued.ok) throw new Error(JSON.stringify(issued));
    expect(await issueCertificate(t.db, repA, { applicationId }, now)).toEqual({ ok: false, formError: "certificateExists" });
    const checked = await verifyCertificate(t.db, issued.value.code.toLowerCase().replace(/-/g, " "));
    expect(checked.certificate).toMatchObject({ volunteerName: "Olga Wolontariuszka", totalMinutes: 210, organizationName: "Fundacja A" });
    expect(checked.certificate).not.toHaveProperty("opinion");
    expect((await verifyCertificate(t.db, "WOL-0000-0000-0000")).certificate).toBeNull();
    expect(await auditOf(t.db, issued.value.id)).toHaveLength(1);

    const mine = await myVolunteering(t.db, volunteer);
    expect(mine[0]).toMatchObject({ status: "accepted", minutes: 210, certificateCode: issued.value.code });
    const stats = await volunteeringStatistics(t.db);
    expect(stats.find((s) => s.year === 2027 && s.areaSlug === "volunteering")).toMatchObject({ minutes: 210 });

    // the reminder: within 7 days of the end, once
    const late = new Date("2027-06-25T08:00:00+02:00");
    expect(await sendAgreementReminders(t.db, late, systemActor("test"))).toBe(1);
    expect(await sendAgreementReminders(t.db, late, systemActor("test"))).toBe(0);
    expect((await mailsTo(t.db, volunteer.email)).filter((m) => m.kind === "volunteering_agreementEnding")).toHaveLength(1);
  });

  it("a representative who volunteers for the organization cannot approve their own hours", async () => {
    const editor = await person("Redaktor Wolontariusz");
    await addOrganizationMember(t.db, orgA, editor.userId, "editor");
    const p = (await loadPrincipal(t.db, editor.userId))!;
    const applied = await applyToOffer(t.db, p, { offerId, message: "Pomogę po pracy w świetlicy.", birthDate: "1980-01-01" }, now);
    if (!applied.ok) throw new Error("apply");
    await decideApplication(t.db, repA, { applicationId: applied.value.id, decision: "accepted" }, now);
    const own = await logHours(t.db, p, { applicationId: applied.value.id, day: "2027-02-27", hours: "3", description: "Dyżur" }, now);
    if (!own.ok) throw new Error("log");
    expect(own.value.status).toBe("pending");
    await expect(decideHours(t.db, p, { hoursId: own.value.id, decision: "approved" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    const [row] = await t.db.select().from(volunteerHours).where(eq(volunteerHours.id, own.value.id));
    expect(row.status).toBe("pending");
  });
});
