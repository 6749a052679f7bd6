import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { count, eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { seedReferenceData } from "@/lib/db/reference";
import { awardEditions, awardNominations, awardScores } from "@/lib/db/schema/awards";
import { meetings } from "@/lib/db/schema/meetings";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo, tokenFromMail, uniqueEmail } from "@/tests/factories";
import {
  appointJuror,
  closeNominations,
  confirmAwardConsent,
  createAward,
  createEdition,
  createGala,
  declareImpartiality,
  nominate,
  publishResults,
  setLaureate,
  submitAwardScores,
} from "./commands";
import { awardConsentRequest, getEdition, juryDesk, juryNomination, listEditions, manageEdition } from "./queries";
import { nominationOpen, nominatorRefusal, parseCriteria, rankNominations } from "./rules";

let t: TestDatabase;
let staff: Principal;
let resident: Principal;
let representative: Principal;
let juror: Principal;
let orgId: string;
let awardId: string;
let editionId: string;
let categoryId: string;
const now = new Date("2027-05-10T10:00:00+02:00");

async function person(options: { isCentreStaff?: boolean; name?: string } = {}): Promise<Principal> {
  const user = await createUser(t.db, options);
  return (await loadPrincipal(t.db, user.id))!;
}

const justification = "Od pięciu lat prowadzi zajęcia dla dzieci w świetlicy osiedlowej i organizuje zbiórki dla schroniska.";

function nomination(extra: Record<string, unknown> = {}) {
  return {
    editionId,
    categoryId,
    nomineeName: "Ewa Kandydatka",
    nomineeEmail: uniqueEmail("nominee"),
    justification,
    nominatorKind: "resident",
    organizationId: "",
    schoolName: "",
    ...extra,
  };
}

async function consentFor(email: string, kind: "nomineeConsent" | "publicationConsent") {
  const mail = (await mailsTo(t.db, email)).find((m) => m.kind === `awards_${kind}`);
  if (!mail) throw new Error(`no ${kind} mail to ${email}`);
  return tokenFromMail(mail.text);
}

const sheet = (nominationId: string, criteria: { id: string }[], points: number[]) => ({
  editionId,
  nominationId,
  ...Object.fromEntries(
    criteria.flatMap((c, i) => [
      [`points.${c.id}`, String(points[i])],
      [`justification.${c.id}`, "Uzasadnienie oceny."],
    ]),
  ),
});

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  vi.stubEnv("AUTH_SECRET", "test-secret-of-awards-0123456789abcdef");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  staff = await person({ isCentreStaff: true });
  resident = await person({ name: "Mieszkanka Zgłaszająca" });
  juror = await person({ name: "Jurorka" });
  representative = await person({ name: "Reprezentant" });
  orgId = await createOrganization(t.db, "Fundacja Nagradzająca");
  await addOrganizationMember(t.db, orgId, representative.userId, "owner");
  representative = (await loadPrincipal(t.db, representative.userId))!;
  const award = await createAward(t.db, staff, { name: "Społeczna Dusza", description: "", nominators: ["organization", "resident"] });
  if (!award.ok) throw new Error(JSON.stringify(award));
  awardId = award.value.id;
  const edition = await createEdition(t.db, staff, {
    awardId,
    year: "2027",
    nominationStart: "2027-05-01",
    nominationEnd: "2027-06-30",
    categories: "Wolontariusz roku\nWolontariat seniorów",
    criteria: "Zaangażowanie|10\nWpływ na społeczność|10",
  });
  if (!edition.ok) throw new Error(JSON.stringify(edition));
  editionId = edition.value.id;
  categoryId = (await getEdition(t.db, editionId))!.categories[0].id;
});

afterAll(() => t?.close());

describe("rules", () => {
  it("who may nominate follows the award's setting", () => {
    const who = { organizationIds: ["o1"], organizationId: null, schoolName: "" };
    expect(nominatorRefusal(["resident"], "resident", who)).toBeNull();
    expect(nominatorRefusal(["organization"], "resident", who)).toBe("nominatorNotAllowed");
    expect(nominatorRefusal(["organization"], "organization", who)).toBe("notRepresentative");
    expect(nominatorRefusal(["organization"], "organization", { ...who, organizationId: "o2" })).toBe("notRepresentative");
    expect(nominatorRefusal(["organization"], "organization", { ...who, organizationId: "o1" })).toBeNull();
    expect(nominatorRefusal(["school"], "school", who)).toBe("schoolRequired");
    expect(nominatorRefusal(["school"], "school", { ...who, schoolName: "SP nr 5" })).toBeNull();
  });

  it("nominations are open only in the period and the nomination stage", () => {
    const e = { status: "nomination" as const, nominationStart: "2027-05-01", nominationEnd: "2027-06-30" };
    expect(nominationOpen(e, "2027-04-30")).toBe(false);
    expect(nominationOpen(e, "2027-05-01")).toBe(true);
    expect(nominationOpen(e, "2027-06-30")).toBe(true);
    expect(nominationOpen(e, "2027-07-01")).toBe(false);
    expect(nominationOpen({ ...e, status: "scoring" }, "2027-05-10")).toBe(false);
  });

  it("ranks by the mean of the members' totals; unscored nominations get no place", () => {
    const ranked = rankNominations([
      { nominationId: "a", totals: [{ userId: "u1", total: 10 }] },
      { nominationId: "b", totals: [] },
      {
        nominationId: "c",
        totals: [
          { userId: "u1", total: 15 },
          { userId: "u2", total: 18 },
        ],
      },
    ]);
    expect(ranked.map((r) => [r.nominationId, r.position, r.mean])).toEqual([
      ["c", 1, 16.5],
      ["a", 2, 10],
      ["b", null, null],
    ]);
  });

  it("reads criteria lines", () => {
    expect(parseCriteria("Zaangażowanie|10\n\nWpływ | 5")).toEqual([
      { name: "Zaangażowanie", maxPoints: 10 },
      { name: "Wpływ", maxPoints: 5 },
    ]);
    expect(parseCriteria("Bez punktów")).toBeNull();
    expect(parseCriteria("Zero|0")).toBeNull();
  });
});

describe("editions", () => {
  it("only staff create awards and editions", async () => {
    await expect(createAward(t.db, resident, { name: "Inna", nominators: ["resident"] })).rejects.toThrow(ForbiddenError);
    await expect(createAward(t.db, null, { name: "Inna", nominators: ["resident"] })).rejects.toThrow(ForbiddenError);
    expect(await createAward(t.db, staff, { name: "Społeczna Dusza", nominators: ["resident"] })).toEqual({
      ok: false,
      fieldErrors: { name: ["awardExists"] },
    });
    const same = await createEdition(t.db, staff, {
      awardId,
      year: "2027",
      nominationStart: "2027-05-01",
      nominationEnd: "2027-04-01",
      categories: "",
      criteria: "zle",
    });
    expect(same.ok).toBe(false);
    if (!same.ok) expect(Object.keys(same.fieldErrors ?? {}).sort()).toEqual(["categories", "criteria", "nominationEnd"]);
  });
});

describe("nominations", () => {
  it("follow the award's setting, refused with nothing changed", async () => {
    const before = await t.db.select({ n: count() }).from(awardNominations);
    // schools may not nominate for this award
    expect(await nominate(t.db, resident, nomination({ nominatorKind: "school", schoolName: "SP 5" }), now)).toEqual({
      ok: false,
      fieldErrors: { nominatorKind: ["nominatorNotAllowed"] },
    });
    // a resident may not nominate on behalf of an organization she does not represent
    expect(await nominate(t.db, resident, nomination({ nominatorKind: "organization", organizationId: orgId }), now)).toEqual({
      ok: false,
      fieldErrors: { organizationId: ["notRepresentative"] },
    });
    // nobody nominates themself; outside the period it is closed; a visitor must sign in
    expect(await nominate(t.db, resident, nomination({ nomineeEmail: resident.email }), now)).toEqual({
      ok: false,
      fieldErrors: { nomineeEmail: ["selfNomination"] },
    });
    expect(await nominate(t.db, resident, nomination(), new Date("2027-07-01T10:00:00+02:00"))).toEqual({
      ok: false,
      formError: "nominationsClosed",
    });
    await expect(nominate(t.db, null, nomination(), now)).rejects.toThrow(ForbiddenError);
    expect(await t.db.select({ n: count() }).from(awardNominations)).toEqual(before);
  });

  it("the nominee consents by the signed link before the jury sees it; a tampered link changes nothing", async () => {
    const input = nomination({ nominatorKind: "organization", organizationId: orgId });
    const created = await nominate(t.db, representative, input, now);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const [row] = await t.db.select().from(awardNominations).where(eq(awardNominations.id, created.value.id));
    expect(row.status).toBe("awaiting_consent");
    expect(row.nominatorOrganizationId).toBe(orgId);
    const token = await consentFor(input.nomineeEmail, "nomineeConsent");
    expect(await confirmAwardConsent(t.db, null, { token: `${token.slice(0, -3)}xyz` }, now)).toEqual({
      ok: false,
      formError: "invalidLink",
    });
    // a nomination token is not a publication consent
    expect((await awardConsentRequest(t.db, token))?.kind).toBe("nomination");
    expect((await t.db.select().from(awardNominations).where(eq(awardNominations.id, row.id)))[0].status).toBe("awaiting_consent");
    expect(await confirmAwardConsent(t.db, null, { token }, now)).toEqual({ ok: true, value: { id: row.id } });
    expect((await t.db.select().from(awardNominations).where(eq(awardNominations.id, row.id)))[0].status).toBe("consented");
    expect((await auditOf(t.db, row.id)).map((a) => a.action)).toEqual(["award.nomineeConsent", "award.nominate"]);
  });
});

describe("jury, scoring and results", () => {
  let consented: string;
  let consentedEmail: string;
  let unconsented: string;

  beforeAll(async () => {
    consentedEmail = uniqueEmail("laureate");
    const a = await nominate(t.db, resident, nomination({ nomineeName: "Adam Laureat", nomineeEmail: consentedEmail }), now);
    const b = await nominate(t.db, resident, nomination({ nomineeName: "Beata Bez Zgody" }), now);
    if (!a.ok || !b.ok) throw new Error("nominations");
    consented = a.value.id;
    unconsented = b.value.id;
    expect((await confirmAwardConsent(t.db, null, { token: await consentFor(consentedEmail, "nomineeConsent") }, now)).ok).toBe(true);
  });

  it("staff appoint existing accounts only", async () => {
    await expect(appointJuror(t.db, resident, { editionId, email: juror.email }, now)).rejects.toThrow(ForbiddenError);
    expect(await appointJuror(t.db, staff, { editionId, email: "nikt@example.org" }, now)).toEqual({
      ok: false,
      fieldErrors: { email: ["noSuchAccount"] },
    });
    expect(await appointJuror(t.db, staff, { editionId, email: juror.email }, now)).toEqual({ ok: true, value: { userId: juror.userId } });
    expect((await mailsTo(t.db, juror.email)).map((m) => m.kind)).toContain("awards_jurorAppointed");
  });

  it("a jury member declares impartiality before seeing or scoring nominations", async () => {
    await closeNominations(t.db, staff, { editionId });
    // not declared: the desk shows no nominations, scoring is refused, nothing is stored
    expect((await juryDesk(t.db, juror, editionId))?.nominations).toBeNull();
    await expect(juryNomination(t.db, juror, editionId, consented)).rejects.toThrow(ForbiddenError);
    await expect(submitAwardScores(t.db, juror, { editionId, nominationId: consented }, now)).rejects.toThrow(ForbiddenError);
    // someone not on the jury is refused both
    await expect(juryDesk(t.db, resident, editionId)).rejects.toThrow(ForbiddenError);
    await expect(declareImpartiality(t.db, resident, { editionId }, now)).rejects.toThrow(ForbiddenError);
    expect(await t.db.select({ n: count() }).from(awardScores)).toEqual([{ n: 0 }]);
    expect(await declareImpartiality(t.db, juror, { editionId }, now)).toEqual({ ok: true, value: null });
    const desk = await juryDesk(t.db, juror, editionId);
    // only the consented nomination goes to the jury
    expect(desk?.nominations?.map((n) => n.id)).toEqual([consented].concat(await otherConsented()));
    expect(desk?.nominations?.some((n) => n.id === unconsented)).toBe(false);
  });

  async function otherConsented() {
    const desk = await manageEdition(t.db, staff, editionId);
    return desk!.nominations.filter((n) => n.status === "consented" && n.id !== consented).map((n) => n.id);
  }

  it("scores by the competitions' sheet rule, once, and ranks by the mean", async () => {
    const view = await juryNomination(t.db, juror, editionId, consented);
    const criteria = view!.criteria;
    expect(criteria.map((c) => c.maxPoints)).toEqual([10, 10]);
    const tooMany = await submitAwardScores(t.db, juror, sheet(consented, criteria, [11, 5]), now);
    expect(tooMany).toEqual({ ok: false, fieldErrors: { [`points.${criteria[0].id}`]: ["scoreAboveMax"] } });
    expect(await juryNomination(t.db, juror, editionId, unconsented)).toBeNull();
    expect(await submitAwardScores(t.db, juror, sheet(unconsented, criteria, [5, 5]), now)).toEqual({ ok: false, formError: "notFound" });
    expect(await submitAwardScores(t.db, juror, sheet(consented, criteria, [9, 8]), now)).toEqual({ ok: true, value: { total: 17 } });
    expect(await submitAwardScores(t.db, juror, sheet(consented, criteria, [1, 1]), now)).toEqual({
      ok: false,
      formError: "alreadyScored",
    });
    const second = await person({ name: "Drugi Juror" });
    await appointJuror(t.db, staff, { editionId, email: second.email }, now);
    await declareImpartiality(t.db, second, { editionId }, now);
    expect((await submitAwardScores(t.db, second, sheet(consented, criteria, [6, 6]), now)).ok).toBe(true);
    const { ranking } = (await manageEdition(t.db, staff, editionId))!;
    expect(ranking[0]).toMatchObject({ nominationId: consented, position: 1, mean: 14.5, votes: 2 });
  });

  it("publishes results; the public page lists only laureates who consented", async () => {
    expect(await publishResults(t.db, staff, { editionId }, now)).toEqual({ ok: false, formError: "noLaureates" });
    await expect(setLaureate(t.db, resident, { nominationId: consented, laureate: "yes" }, now)).rejects.toThrow(ForbiddenError);
    expect(await setLaureate(t.db, staff, { nominationId: unconsented, laureate: "yes" }, now)).toEqual({
      ok: false,
      formError: "notFound",
    });
    expect(await setLaureate(t.db, staff, { nominationId: consented, laureate: "yes" }, now)).toEqual({ ok: true, value: null });
    await expect(publishResults(t.db, resident, { editionId }, now)).rejects.toThrow(ForbiddenError);
    expect(await publishResults(t.db, staff, { editionId }, now)).toEqual({ ok: true, value: null });
    expect((await getEdition(t.db, editionId))!.laureates).toEqual([]);
    expect((await listEditions(t.db)).items.find((e) => e.id === editionId)!.laureates).toEqual([]);
    const token = await consentFor(consentedEmail, "publicationConsent");
    expect(await awardConsentRequest(t.db, token)).toMatchObject({ kind: "publication", name: "Adam Laureat", done: false });
    expect((await confirmAwardConsent(t.db, null, { token }, now)).ok).toBe(true);
    expect((await getEdition(t.db, editionId))!.laureates).toEqual([{ name: "Adam Laureat", category: "Wolontariusz roku" }]);
    // scoring is over once published
    const view = await juryNomination(t.db, juror, editionId, consented);
    expect(await submitAwardScores(t.db, juror, sheet(consented, view!.criteria, [1, 1]), now)).toEqual({
      ok: false,
      formError: "scoringNotOpen",
    });
  });

  it("creates the Volunteer Day gala through the events module, once", async () => {
    await expect(createGala(t.db, resident, { editionId, place: "Centrum" })).rejects.toThrow(ForbiddenError);
    const gala = await createGala(t.db, staff, { editionId, place: "Centrum Współpracy, ul. Świętojańska 22/1" });
    expect(gala.ok).toBe(true);
    if (!gala.ok) return;
    const [event] = await t.db.select().from(meetings).where(eq(meetings.id, gala.value.eventId));
    expect(event.kind).toBe("volunteer_day");
    expect(event.startsAt.toISOString()).toBe("2027-12-05T16:00:00.000Z");
    expect((await t.db.select().from(awardEditions).where(eq(awardEditions.id, editionId)))[0].eventId).toBe(event.id);
    expect(await createGala(t.db, staff, { editionId, place: "Centrum" })).toEqual({ ok: false, formError: "galaExists" });
  });
});
