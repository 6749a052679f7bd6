import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { seedReferenceData } from "@/lib/db/reference";
import { organizationMembers, organizations, organizationTaskAreas } from "@/lib/db/schema";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { registerOrganization, updateOrganizationProfile } from "./commands";
import { changeMember, decideJoinRequest, inviteMember, requestToJoin, respondToInvitation } from "./membership";
import { registrationSchema } from "./schemas";
import { validKrs, validNip, validRegon } from "./testing";
import { refuseOrganization, verifyOrganization } from "./verification";

let t: TestDatabase;
const ctx = { locale: "pl" as const };
const principal = async (userId: string) => (await loadPrincipal(t.db, userId)) as Principal;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
});
afterAll(() => t?.close());

describe("profile schema", () => {
  const base = { name: "Fundacja Próbna", legalForm: "foundation" };

  it("explains a typo in NIP and REGON by their check digits, and KRS by its length", () => {
    const nip = validNip(123456789);
    const typo = nip.slice(0, 9) + ((Number(nip[9]) + 1) % 10);
    const result = registrationSchema.safeParse({ ...base, nip: typo, regon: "123456786", krs: "12345" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages.nip).toBe("errors.nipChecksum");
    expect(messages.krs).toBe("errors.krsLength");
    expect(registrationSchema.safeParse({ ...base, nip: "123" }).error!.issues[0].message).toBe("errors.nipLength");
    expect(registrationSchema.safeParse({ ...base, nip, regon: validRegon(1234567).slice(0, 8) + "0" }).success).toBe(
      validRegon(1234567).endsWith("0"),
    );
  });

  it("needs KRS or NIP, and normalizes dashes", () => {
    expect(registrationSchema.safeParse(base).error!.issues[0].message).toBe("errors.krsOrNipRequired");
    const nip = validNip(987654321);
    const dashed = `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
    const parsed = registrationSchema.parse({ ...base, nip: dashed, areas: ["sport"], hiddenFields: ["nip"], takesVolunteers: "on" });
    expect(parsed.nip).toBe(nip);
    expect(parsed.takesVolunteers).toBe(true);
    expect(parsed.publicBenefitStatus).toBe(false);
  });
});

describe("registration and verification", () => {
  it("registers a pending organization with its owner, refuses a duplicate, verifies it with mail", async () => {
    const user = await createUser(t.db);
    const admin = await createUser(t.db, { isAdmin: true });
    const krs = validKrs(555001);
    const result = await registerOrganization(t.db, await principal(user.id), {
      name: "Stowarzyszenie Nowe",
      legalForm: "association",
      krs,
      areas: ["sport"],
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : "";
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, id));
    expect(org.verificationStatus).toBe("pending");
    expect(await t.db.select().from(organizationTaskAreas).where(eq(organizationTaskAreas.organizationId, id))).toHaveLength(1);

    const other = await createUser(t.db);
    const duplicate = await registerOrganization(t.db, await principal(other.id), { name: "Kopia", legalForm: "association", krs });
    expect(duplicate).toMatchObject({ ok: false, formError: "duplicate", existingOrganizationId: id });

    await expect(verifyOrganization(t.db, await principal(user.id), { organizationId: id }, ctx)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await verifyOrganization(t.db, await principal(admin.id), { organizationId: id }, ctx)).toEqual({ ok: true, value: null });
    const mails = await mailsTo(t.db, user.email);
    expect(mails.at(-1)?.kind).toBe("organization_verified");
    expect((await auditOf(t.db, id)).map((a) => a.action)).toContain("organization.verify");
  });

  it("refuses with a reason mailed to the owners", async () => {
    const user = await createUser(t.db);
    const admin = await createUser(t.db, { isAdmin: true });
    const result = await registerOrganization(t.db, await principal(user.id), {
      name: "Fundacja Wątpliwa",
      legalForm: "foundation",
      nip: validNip(111222333),
    });
    const id = result.ok ? result.value.id : "";
    expect((await refuseOrganization(t.db, await principal(admin.id), { organizationId: id, reason: "" }, ctx)).ok).toBe(false);
    expect((await refuseOrganization(t.db, await principal(admin.id), { organizationId: id, reason: "Brak wpisu w KRS" }, ctx)).ok).toBe(
      true,
    );
    const [mail] = (await mailsTo(t.db, user.email)).slice(-1);
    expect(mail.text).toContain("Brak wpisu w KRS");
  });
});

describe("entities and registers (art. 3 uodpp)", () => {
  it("art. 3 ust. 2: a branch without legal personality registers with its parent's KRS and its own branch name; the same branch twice is a duplicate", async () => {
    const krs = validKrs(555777);
    const user = await createUser(t.db);
    const parent = await registerOrganization(t.db, await principal(user.id), {
      name: "Związek Ogólnopolski",
      legalForm: "association",
      krs,
    });
    expect(parent.ok).toBe(true);
    const branch = { name: "Związek Ogólnopolski Oddział w Białymstoku", legalForm: "association_branch", krs };
    const withoutBranch = await registerOrganization(t.db, await principal(user.id), branch);
    expect(withoutBranch).toMatchObject({ ok: false, formError: "duplicate" });
    const first = await registerOrganization(t.db, await principal(user.id), { ...branch, branchName: "Oddział Okręgowy w Białymstoku" });
    expect(first.ok).toBe(true);
    const again = await registerOrganization(t.db, await principal(user.id), { ...branch, branchName: "Oddział Okręgowy w Białymstoku" });
    expect(again).toMatchObject({ ok: false, formError: "duplicate" });
    const second = await registerOrganization(t.db, await principal(user.id), {
      ...branch,
      name: "Oddział w Łomży",
      branchName: "Oddział w Łomży",
    });
    expect(second.ok).toBe(true);
    expect(await t.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.krs, krs))).toHaveLength(3);
  });

  it("art. 3 ust. 2: an ordinary association or a student sports club outside KRS registers by its number in the starosta's register", async () => {
    const user = await createUser(t.db);
    const input = { name: "Uczniowski Klub Sportowy Orlik", legalForm: "student_sports_club", otherRegisterNumber: "UKS/12/2019" };
    expect(registrationSchema.safeParse(input).error!.issues[0]).toMatchObject({
      path: ["otherRegisterName"],
      message: "errors.otherRegisterNameRequired",
    });
    const result = await registerOrganization(t.db, await principal(user.id), {
      ...input,
      otherRegisterName: "Ewidencja uczniowskich klubów sportowych Prezydenta Miasta Białegostoku",
    });
    expect(result.ok).toBe(true);
    const [row] = await t.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, result.ok ? result.value.id : ""));
    expect(row).toMatchObject({ krs: null, nip: null, otherRegisterNumber: "UKS/12/2019", legalForm: "student_sports_club" });
  });

  it("art. 3 ust. 3: church legal persons, social cooperatives, non-profit companies and KGW are legal forms of their own", () => {
    for (const legalForm of ["church_legal_person", "social_cooperative", "nonprofit_company", "rural_housewives_circle"])
      expect(registrationSchema.safeParse({ name: "Podmiot z art. 3 ust. 3", legalForm, nip: validNip(111222333) }).success).toBe(true);
  });
});

describe("editing", () => {
  it("lets a member edit and refuses a member of another organization", async () => {
    const orgA = await createOrganization(t.db, "Fundacja A");
    const orgB = await createOrganization(t.db, "Fundacja B");
    const editorA = await createUser(t.db);
    const ownerB = await createUser(t.db);
    await addOrganizationMember(t.db, orgA, editorA.id, "editor");
    await addOrganizationMember(t.db, orgB, ownerB.id, "owner");
    const input = { name: "Fundacja A po zmianie", legalForm: "foundation", nip: validNip(222333444), organizationId: orgA };
    expect((await updateOrganizationProfile(t.db, await principal(editorA.id), input)).ok).toBe(true);
    await expect(updateOrganizationProfile(t.db, await principal(ownerB.id), { ...input, name: "Przejęta" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, orgA));
    expect(org.name).toBe("Fundacja A po zmianie");
  });
});

describe("joining", () => {
  it("approves and refuses requests with a mail and an audit row; another organization's owner is refused", async () => {
    const org = await createOrganization(t.db, "Fundacja Dołączania");
    const otherOrg = await createOrganization(t.db, "Fundacja Obca");
    const owner = await createUser(t.db);
    const otherOwner = await createUser(t.db);
    const editor = await createUser(t.db);
    const asker = await createUser(t.db);
    const asker2 = await createUser(t.db);
    await addOrganizationMember(t.db, org, owner.id, "owner");
    await addOrganizationMember(t.db, org, editor.id, "editor");
    await addOrganizationMember(t.db, otherOrg, otherOwner.id, "owner");

    const request = await requestToJoin(t.db, await principal(asker.id), { organizationId: org, message: "Jestem skarbnikiem" }, ctx);
    expect(request.ok).toBe(true);
    expect((await requestToJoin(t.db, await principal(asker.id), { organizationId: org }, ctx)).ok).toBe(false);
    expect((await mailsTo(t.db, owner.email)).at(-1)?.kind).toBe("organization_joinRequested");
    const requestId = request.ok ? request.value.id : "";

    for (const intruder of [otherOwner, editor, asker]) {
      await expect(decideJoinRequest(t.db, await principal(intruder.id), { requestId, decision: "approve" }, ctx)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await decideJoinRequest(t.db, await principal(owner.id), { requestId, decision: "approve", role: "editor" }, ctx)).toEqual({
      ok: true,
      value: null,
    });
    const members = await t.db
      .select()
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, org), eq(organizationMembers.userId, asker.id)));
    expect(members).toMatchObject([{ role: "editor" }]);
    expect((await mailsTo(t.db, asker.email)).at(-1)?.kind).toBe("organization_joinApproved");
    expect((await auditOf(t.db, requestId)).map((a) => a.action)).toEqual(["organization.approveJoin", "organization.requestJoin"]);
    expect((await decideJoinRequest(t.db, await principal(owner.id), { requestId, decision: "refuse" }, ctx)).ok).toBe(false);

    const second = await requestToJoin(t.db, await principal(asker2.id), { organizationId: org }, ctx);
    const secondId = second.ok ? second.value.id : "";
    expect(
      (await decideJoinRequest(t.db, await principal(owner.id), { requestId: secondId, decision: "refuse", reason: "Nie znamy Cię" }, ctx))
        .ok,
    ).toBe(true);
    expect((await mailsTo(t.db, asker2.email)).at(-1)?.text).toContain("Nie znamy Cię");
    expect((await auditOf(t.db, secondId))[0].action).toBe("organization.refuseJoin");
  });
});

describe("members and invitations", () => {
  it("invites by e-mail, the invited person accepts; editors cannot manage; the last owner stays", async () => {
    const org = await createOrganization(t.db, "Fundacja Członków");
    const owner = await createUser(t.db);
    const editor = await createUser(t.db);
    const invited = await createUser(t.db);
    await addOrganizationMember(t.db, org, owner.id, "owner");
    await addOrganizationMember(t.db, org, editor.id, "editor");

    await expect(
      inviteMember(t.db, await principal(editor.id), { organizationId: org, email: "x@example.test", role: "editor" }, ctx),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      changeMember(t.db, await principal(editor.id), { organizationId: org, userId: owner.id, action: "remove" }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const invitation = await inviteMember(
      t.db,
      await principal(owner.id),
      { organizationId: org, email: invited.email.toUpperCase(), role: "owner" },
      ctx,
    );
    expect(invitation.ok).toBe(true);
    expect((await mailsTo(t.db, invited.email)).at(-1)?.kind).toBe("organization_invitation");
    const invitationId = invitation.ok ? invitation.value.id : "";
    expect((await respondToInvitation(t.db, await principal(editor.id), { invitationId, decision: "accept" })).ok).toBe(false);
    expect((await respondToInvitation(t.db, await principal(invited.id), { invitationId, decision: "accept" })).ok).toBe(true);
    expect((await principal(invited.id)).organizations.get(org)).toBe("owner");

    const unknown = await inviteMember(
      t.db,
      await principal(owner.id),
      { organizationId: org, email: "nowy.czlonek@example.test", role: "editor" },
      ctx,
    );
    expect(unknown.ok).toBe(true);
    expect((await mailsTo(t.db, "nowy.czlonek@example.test"))[0].kind).toBe("organization_invitationRegister");

    // two owners: one may step down; then the remaining one may not
    expect((await changeMember(t.db, await principal(owner.id), { organizationId: org, userId: owner.id, action: "setEditor" })).ok).toBe(
      true,
    );
    expect(await changeMember(t.db, await principal(invited.id), { organizationId: org, userId: invited.id, action: "remove" })).toEqual({
      ok: false,
      formError: "lastOwner",
    });
    expect(await changeMember(t.db, await principal(invited.id), { organizationId: org, userId: invited.id, action: "setEditor" })).toEqual(
      { ok: false, formError: "lastOwner" },
    );
    expect((await changeMember(t.db, await principal(invited.id), { organizationId: org, userId: editor.id, action: "remove" })).ok).toBe(
      true,
    );
    expect((await auditOf(t.db, org)).map((a) => a.action)).toContain("organization.removeMember");
  });
});
