import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { seedReferenceData } from "@/lib/db/reference";
import { organizations } from "@/lib/db/schema/organizations";
import { premises, premisesApplications } from "@/lib/db/schema/premises";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { applyForPremises, createPremises, decideApplication, setPremisesOffered, uploadPremisesPhoto } from "./commands";
import { getApplication, listOfferedPremises, premisesOfOrganization, premisesRegister } from "./queries";
import { monthlyRent, parseArea, zlotyToGrosze } from "./rules";

let t: TestDatabase;
let staff: Principal;
let rep: Principal;
let orgId: string;
const now = new Date("2027-01-04T09:00:00+01:00");

const application = (premisesId: string, organizationId = orgId) => ({
  premisesId,
  organizationId,
  purpose: "Świetlica dla dzieci z osiedla i siedziba stowarzyszenia",
  activities: "Codzienne zajęcia odrabiania lekcji i warsztaty plastyczne, bezpłatne",
  hoursOfUse: "pon.–pt. 14:00–19:00",
  partners: "Fundacja Sąsiedzka",
});

async function newPremises(address = "ul. Lipowa 10, lokal 3") {
  const created = await createPremises(t.db, staff, {
    address,
    districtSlug: "centrum",
    areaM2: "48,5",
    condition: "good",
    rentPerM2: "5,50",
    description: "Parter, osobne wejście",
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.value.id;
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  staff = (await loadPrincipal(t.db, (await createUser(t.db, { isCentreStaff: true })).id))!;
  orgId = await createOrganization(t.db, "Stowarzyszenie Lokalne");
  await t.db.update(organizations).set({ verificationStatus: "verified" }).where(eq(organizations.id, orgId));
  const user = await createUser(t.db);
  await addOrganizationMember(t.db, orgId, user.id, "editor");
  rep = (await loadPrincipal(t.db, user.id))!;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("rules", () => {
  it("parses money and areas exactly and computes the monthly rent in grosze", () => {
    expect(zlotyToGrosze("5,50")).toBe(550);
    expect(zlotyToGrosze("12")).toBe(1200);
    expect(zlotyToGrosze("1,234")).toBeNull();
    expect(parseArea("48,5")).toBe("48.50");
    expect(parseArea("0")).toBeNull();
    expect(monthlyRent("48.50", 550)).toBe(26675);
    expect(monthlyRent("33.33", 333)).toBe(11099);
  });
});

describe("premises", () => {
  it("staff add premises; a resident or representative is refused", async () => {
    const id = await newPremises();
    const [row] = await t.db.select().from(premises).where(eq(premises.id, id));
    expect(row.areaM2).toBe("48.50");
    expect(row.rentPerM2).toBe(550);
    await expect(
      createPremises(t.db, rep, { address: "ul. Inna 1", districtSlug: "centrum", areaM2: "10", condition: "good", rentPerM2: "1" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await createPremises(t.db, staff, { address: "ul. Inna 1", districtSlug: "nie-ma", areaM2: "10", condition: "good", rentPerM2: "1" }),
    ).toEqual({
      ok: false,
      fieldErrors: { districtSlug: ["invalid"] },
    });
    expect((await listOfferedPremises(t.db)).map((p) => p.id)).toContain(id);
  });

  it("refuses a photo that is not an image", async () => {
    const id = await newPremises("ul. Fotograficzna 2");
    const file = { size: 20, arrayBuffer: async () => new TextEncoder().encode("<svg><script/></svg>").buffer as ArrayBuffer };
    expect(await uploadPremisesPhoto(t.db, staff, { premisesId: id, file })).toEqual({ ok: false, fieldErrors: { photo: ["photoType"] } });
  });

  it("staff take premises off the offer and back, not with applications waiting; a representative is refused", async () => {
    const id = await newPremises("ul. Wycofana 4");
    const onOffer = async () => (await listOfferedPremises(t.db)).some((p) => p.id === id);
    await expect(setPremisesOffered(t.db, rep, { premisesId: id, offered: "false" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await onOffer()).toBe(true);
    expect(await setPremisesOffered(t.db, staff, { premisesId: id, offered: "false" }, now)).toEqual({
      ok: true,
      value: { status: "withdrawn" },
    });
    expect(await onOffer()).toBe(false);
    expect(await setPremisesOffered(t.db, staff, { premisesId: id, offered: "true" }, now)).toEqual({
      ok: true,
      value: { status: "offered" },
    });
    expect(await onOffer()).toBe(true);
    expect((await applyForPremises(t.db, rep, application(id), now)).ok).toBe(true);
    expect(await setPremisesOffered(t.db, staff, { premisesId: id, offered: "false" }, now)).toEqual({
      ok: false,
      formError: "premisesHasApplications",
    });
    expect(await onOffer()).toBe(true);
  });

  it("a representative of a verified organization applies once; an unverified one or a stranger is refused", async () => {
    const id = await newPremises("ul. Wniosków 5");
    const first = await applyForPremises(t.db, rep, application(id), now);
    expect(first.ok).toBe(true);
    expect(await applyForPremises(t.db, rep, application(id), now)).toEqual({ ok: false, formError: "alreadyApplied" });
    const stranger = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
    await expect(applyForPremises(t.db, stranger, application(id), now)).rejects.toBeInstanceOf(ForbiddenError);
    const unverified = await createOrganization(t.db, "Fundacja Niezweryfikowana");
    await addOrganizationMember(t.db, unverified, stranger.userId, "owner");
    const member = (await loadPrincipal(t.db, stranger.userId))!;
    expect(await applyForPremises(t.db, member, application(id, unverified), now)).toEqual({
      ok: false,
      fieldErrors: { organizationId: ["organizationNotVerified"] },
    });
    if (first.ok) {
      expect(await getApplication(t.db, member, first.value.id)).toBeNull();
      expect((await getApplication(t.db, rep, first.value.id))?.organization).toBe("Stowarzyszenie Lokalne");
    }
  });

  it("staff grant with rent and term: mailed, in the register and the profile; the premises leave the offer", async () => {
    const id = await newPremises("ul. Przyznana 7");
    const applied = await applyForPremises(t.db, rep, application(id), now);
    if (!applied.ok) throw new Error("not applied");
    const applicationId = applied.value.id;
    // a resident (even the applicant) cannot decide: refused, nothing changed
    await expect(
      decideApplication(
        t.db,
        rep,
        { applicationId, decision: "grant", rentPerM2: "1", termStart: "2027-02-01", termEnd: "2030-01-31" },
        now,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await decideApplication(
        t.db,
        staff,
        { applicationId, decision: "grant", rentPerM2: "", termStart: "2027-02-01", termEnd: "2027-01-01" },
        now,
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { rentPerM2: ["required"], termEnd: ["termEndBeforeStart"] },
    });
    const [unchanged] = await t.db.select().from(premisesApplications).where(eq(premisesApplications.id, applicationId));
    expect(unchanged.status).toBe("submitted");
    expect(
      await decideApplication(
        t.db,
        staff,
        { applicationId, decision: "grant", rentPerM2: "4,00", termStart: "2027-02-01", termEnd: "2030-01-31" },
        now,
      ),
    ).toEqual({
      ok: true,
      value: { decision: "grant" },
    });
    expect(await decideApplication(t.db, staff, { applicationId, decision: "refuse", reason: "Jednak nie" }, now)).toEqual({
      ok: false,
      formError: "alreadyDecided",
    });
    const mails = await mailsTo(t.db, rep.email);
    expect(mails.at(-1)?.kind).toBe("premises_granted");
    expect(mails.at(-1)?.text).toContain("194,00"); // 48,5 m² × 4,00 zł
    expect((await listOfferedPremises(t.db)).map((p) => p.id)).not.toContain(id);
    const register = await premisesRegister(t.db);
    expect(register.total).toBe(1);
    expect(register.items[0]).toMatchObject({ id, organization: "Stowarzyszenie Lokalne", rentPerM2: 400, termEnd: "2030-01-31" });
    expect(JSON.stringify(register)).not.toContain(rep.email);
    expect((await premisesOfOrganization(t.db, orgId)).map((p) => p.address)).toEqual(["ul. Przyznana 7"]);
    expect((await auditOf(t.db, applicationId)).map((a) => a.action)).toEqual(["premises.grant", "premises.apply"]);
    // another application for let premises is refused
    const other = await createOrganization(t.db, "Fundacja Spóźniona");
    await t.db.update(organizations).set({ verificationStatus: "verified" }).where(eq(organizations.id, other));
    await addOrganizationMember(t.db, other, rep.userId, "owner");
    const both = (await loadPrincipal(t.db, rep.userId))!;
    expect(await applyForPremises(t.db, both, application(id, other), now)).toEqual({ ok: false, formError: "premisesNotOffered" });
  });

  it("staff refuse with a reason, mailed", async () => {
    const id = await newPremises("ul. Odmowna 9");
    const applied = await applyForPremises(t.db, rep, application(id), now);
    if (!applied.ok) throw new Error("not applied");
    expect(await decideApplication(t.db, staff, { applicationId: applied.value.id, decision: "refuse", reason: "" }, now)).toEqual({
      ok: false,
      fieldErrors: { reason: ["reasonRequired"] },
    });
    expect(
      (
        await decideApplication(
          t.db,
          staff,
          { applicationId: applied.value.id, decision: "refuse", reason: "Lokal przeznaczony na żłobek" },
          now,
        )
      ).ok,
    ).toBe(true);
    expect((await mailsTo(t.db, rep.email)).at(-1)?.text).toContain("Lokal przeznaczony na żłobek");
    expect((await listOfferedPremises(t.db)).map((p) => p.id)).toContain(id);
  });
});
