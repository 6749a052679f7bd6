import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  can,
  authorize,
  ForbiddenError,
  permissionTable,
  rolesOf,
  type Operation,
  type Principal,
  type Resource,
} from "@/lib/auth/permissions";
import { loadPrincipal } from "@/lib/accounts/principal";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addCommissionMember, addOrganizationMember, createCompetition, createOrganization, createUser } from "@/tests/factories";

/**
 * The people of the matrix, loaded from a real database through loadPrincipal (the same path a
 * request takes): one of each kind of role, and members of two different organizations and
 * commissions, so that ownership rules are checked against the wrong resource too (IDOR).
 */
const people = ["visitor", "resident", "ownerA", "editorA", "ownerB", "commissionX", "commissionY", "centreStaff", "admin"] as const;
type Person = (typeof people)[number];

let t: TestDatabase;
const principals = {} as Record<Person, Principal | null>;
let orgA: string, orgB: string, competitionX: string, competitionY: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const { db } = t;
  [orgA, orgB, competitionX, competitionY] = await Promise.all([
    createOrganization(db, "Stowarzyszenie A"),
    createOrganization(db, "Fundacja B"),
    createCompetition(db, "Konkurs X"),
    createCompetition(db, "Konkurs Y"),
  ]);
  const user = async (setup?: (id: string) => Promise<void>, isAdmin = false, isCentreStaff = false) => {
    const u = await createUser(t.db, { isAdmin, isCentreStaff });
    await setup?.(u.id);
    return loadPrincipal(t.db, u.id);
  };
  principals.visitor = null;
  principals.resident = await user();
  principals.ownerA = await user((id) => addOrganizationMember(db, orgA, id, "owner"));
  principals.editorA = await user((id) => addOrganizationMember(db, orgA, id, "editor"));
  principals.ownerB = await user((id) => addOrganizationMember(db, orgB, id, "owner"));
  principals.commissionX = await user((id) => addCommissionMember(db, competitionX, id));
  principals.commissionY = await user((id) => addCommissionMember(db, competitionY, id));
  principals.centreStaff = await user(undefined, false, true);
  principals.admin = await user(undefined, true);
});

afterAll(() => t?.close());

describe("loadPrincipal and rolesOf", () => {
  it("derives the roles from memberships", () => {
    expect(rolesOf(principals.visitor)).toEqual(["visitor"]);
    expect(rolesOf(principals.resident)).toEqual(["resident"]);
    expect(rolesOf(principals.ownerA)).toEqual(["resident", "ngo_representative"]);
    expect(rolesOf(principals.editorA)).toEqual(["resident", "ngo_representative"]);
    expect(rolesOf(principals.commissionX)).toEqual(["resident", "commission_member"]);
    expect(rolesOf(principals.centreStaff)).toEqual(["resident", "centre_staff"]);
    expect(rolesOf(principals.admin)).toEqual(["resident", "admin"]);
    expect(principals.ownerA?.organizations.get(orgA)).toBe("owner");
    expect(principals.editorA?.organizations.get(orgA)).toBe("editor");
    expect(principals.commissionX?.commissions.has(competitionX)).toBe(true);
  });

  it("carries every membership of a person in several organizations and commissions", async () => {
    const u = await createUser(t.db);
    await addOrganizationMember(t.db, orgA, u.id, "owner");
    await addOrganizationMember(t.db, orgB, u.id, "editor");
    await addCommissionMember(t.db, competitionX, u.id);
    await addCommissionMember(t.db, competitionY, u.id);
    const principal = (await loadPrincipal(t.db, u.id))!;
    expect([...principal.organizations].sort()).toEqual(
      [
        [orgA, "owner"],
        [orgB, "editor"],
      ].sort(),
    );
    expect([...principal.commissions].sort()).toEqual([competitionX, competitionY].sort());
  });

  it("returns null for an unknown or deactivated account", async () => {
    expect(await loadPrincipal(t.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
    const inactive = await createUser(t.db, { active: false });
    expect(await loadPrincipal(t.db, inactive.id)).toBeNull();
  });
});

describe("the permission table, person by person", () => {
  interface Case {
    operation: Operation;
    resource?: () => Resource;
    label?: string;
    allowed: readonly Person[];
  }
  const everyoneSignedIn = people.filter((p) => p !== "visitor");
  const standing = (declared: boolean, ownSheetsSubmitted = false, scoringClosed = false) => ({
    declared,
    ownSheetsSubmitted,
    scoringClosed,
  });
  const cases: Case[] = [
    { operation: "directory.view", allowed: people },
    { operation: "account.view", allowed: everyoneSignedIn },
    { operation: "organization.register", allowed: everyoneSignedIn },
    { operation: "organization.listMine", allowed: ["ownerA", "editorA", "ownerB"] },
    {
      operation: "organization.edit",
      label: "organization A",
      resource: () => ({ organizationId: orgA }),
      allowed: ["ownerA", "editorA", "admin"],
    },
    { operation: "organization.edit", label: "organization B", resource: () => ({ organizationId: orgB }), allowed: ["ownerB", "admin"] },
    { operation: "organization.edit", label: "no organization given", allowed: ["admin"] },
    {
      operation: "organization.members.manage",
      label: "organization A",
      resource: () => ({ organizationId: orgA }),
      allowed: ["ownerA", "admin"],
    },
    {
      operation: "organization.members.manage",
      label: "organization B",
      resource: () => ({ organizationId: orgB }),
      allowed: ["ownerB", "admin"],
    },
    { operation: "organization.verify", resource: () => ({ organizationId: orgA }), allowed: ["admin"] },
    { operation: "commission.listMine", allowed: ["commissionX", "commissionY"] },
    {
      operation: "commission.view",
      label: "competition X",
      resource: () => ({ competitionId: competitionX }),
      allowed: ["commissionX", "admin"],
    },
    { operation: "commission.score", label: "competition X", resource: () => ({ competitionId: competitionX }), allowed: ["commissionX"] },
    { operation: "commission.score", label: "competition Y", resource: () => ({ competitionId: competitionY }), allowed: ["commissionY"] },
    { operation: "commission.score", label: "no competition given", allowed: [] },
    // a member's standing in her commission (lib/scoring/standing.ts) opens offers, then the others' scores
    {
      operation: "offer.view",
      label: "X, member not declared",
      resource: () => ({ competitionId: competitionX, commissionStanding: standing(false) }),
      allowed: ["admin"],
    },
    {
      operation: "offer.view",
      label: "X, member declared",
      resource: () => ({ competitionId: competitionX, commissionStanding: standing(true) }),
      allowed: ["commissionX", "admin"],
    },
    {
      operation: "offer.view",
      label: "Y, member declared",
      resource: () => ({ competitionId: competitionY, commissionStanding: standing(true) }),
      allowed: ["commissionY", "admin"],
    },
    ...(["commission.scores.view", "commission.ranking", "commission.protocol"] as const).flatMap((operation): Case[] => [
      { operation, label: "X, no standing", resource: () => ({ competitionId: competitionX }), allowed: ["admin"] },
      {
        operation,
        label: "X, declared, own sheets open",
        resource: () => ({ competitionId: competitionX, commissionStanding: standing(true) }),
        allowed: ["admin"],
      },
      {
        operation,
        label: "X, own sheets in, not declared",
        resource: () => ({ competitionId: competitionX, commissionStanding: standing(false, true) }),
        allowed: ["admin"],
      },
      {
        operation,
        label: "X, closed, not declared",
        resource: () => ({ competitionId: competitionX, commissionStanding: standing(false, false, true) }),
        allowed: ["admin"],
      },
      {
        operation,
        label: "X, declared, own sheets in",
        resource: () => ({ competitionId: competitionX, commissionStanding: standing(true, true) }),
        allowed: ["commissionX", "admin"],
      },
      {
        operation,
        label: "X, declared, closed",
        resource: () => ({ competitionId: competitionX, commissionStanding: standing(true, false, true) }),
        allowed: ["commissionX", "admin"],
      },
    ]),
    { operation: "competition.manage", allowed: ["admin"] },
    { operation: "centre.manage", allowed: ["centreStaff", "admin"] },
    { operation: "centre.todo", allowed: ["centreStaff"] },
    { operation: "booking.create", allowed: everyoneSignedIn },
    {
      operation: "booking.create.organization",
      label: "organization A",
      resource: () => ({ organizationId: orgA }),
      allowed: ["ownerA", "editorA"],
    },
    { operation: "meeting.manage", allowed: ["centreStaff", "admin"] },
    { operation: "news.manage", allowed: ["centreStaff", "admin"] },
    { operation: "news.announce", label: "organization A", resource: () => ({ organizationId: orgA }), allowed: ["ownerA", "editorA"] },
    { operation: "meeting.register", allowed: everyoneSignedIn },
    {
      operation: "meeting.register.onBehalf",
      label: "organization A",
      resource: () => ({ organizationId: orgA }),
      allowed: ["ownerA", "editorA"],
    },
    { operation: "booking.create.organization", label: "no organization given", allowed: [] },
    { operation: "booking.listMine", allowed: everyoneSignedIn },
    { operation: "booking.cancel", label: "organization B", resource: () => ({ organizationId: orgB }), allowed: ["ownerB"] },
    {
      operation: "booking.cancel",
      label: "a group booked by the resident",
      resource: () => ({ userId: principals.resident!.userId }),
      allowed: ["resident"],
    },
    { operation: "booking.manage", allowed: ["centreStaff", "admin"] },
    { operation: "room.manage", allowed: ["centreStaff", "admin"] },
    { operation: "meeting.register.onBehalf", label: "no organization given", allowed: [] },
    { operation: "advice.manage", allowed: ["centreStaff", "admin"] },
    { operation: "advice.book", allowed: everyoneSignedIn },
    {
      operation: "advice.notes",
      label: "an adviser's own booking",
      resource: () => ({ userId: principals.resident!.userId }),
      allowed: ["resident", "centreStaff", "admin"],
    },
    { operation: "advice.notes", label: "no adviser given", allowed: ["centreStaff", "admin"] },
    { operation: "premises.manage", allowed: ["centreStaff", "admin"] },
    { operation: "premises.apply", label: "organization A", resource: () => ({ organizationId: orgA }), allowed: ["ownerA", "editorA"] },
    {
      operation: "premises.viewApplication",
      label: "organization B",
      resource: () => ({ organizationId: orgB }),
      allowed: ["ownerB", "centreStaff", "admin"],
    },
    { operation: "patronage.apply", allowed: everyoneSignedIn },
    {
      operation: "patronage.view",
      label: "the resident's own application",
      resource: () => ({ userId: principals.resident!.userId }),
      allowed: ["resident", "centreStaff", "admin"],
    },
    { operation: "patronage.view", label: "no applicant given", allowed: ["centreStaff", "admin"] },
    { operation: "patronage.decide", allowed: ["centreStaff", "admin"] },
    { operation: "promotion.manage", allowed: ["centreStaff", "admin"] },
    { operation: "programme.manage", allowed: ["admin"] },
    { operation: "promotion.apply", label: "organization A", resource: () => ({ organizationId: orgA }), allowed: ["ownerA", "editorA"] },
    { operation: "volunteering.offer.listMine", allowed: ["ownerA", "editorA", "ownerB"] },
    { operation: "volunteering.apply", allowed: everyoneSignedIn },
    ...(
      [
        "volunteering.offer.manage",
        "volunteering.applications.view",
        "volunteering.applications.decide",
        "volunteering.engagement.manage",
      ] as const
    ).map((operation) => ({
      operation,
      label: "organization A",
      resource: () => ({ organizationId: orgA }),
      allowed: ["ownerA", "editorA"] as Person[],
    })),
    {
      operation: "volunteering.engagement.own",
      label: "the resident's own engagement",
      resource: () => ({ userId: principals.resident!.userId }),
      allowed: ["resident"],
    },
    { operation: "volunteering.engagement.own", label: "no volunteer given", allowed: [] },
    { operation: "award.manage", allowed: ["centreStaff", "admin"] },
    { operation: "award.nominate", allowed: everyoneSignedIn },
    {
      operation: "award.jury.declare",
      label: "a jury member",
      resource: () => ({ awardJury: { member: true, declared: false } }),
      allowed: everyoneSignedIn,
    },
    { operation: "award.jury.declare", label: "not on the jury", allowed: [] },
    {
      operation: "award.jury.score",
      label: "declared",
      resource: () => ({ awardJury: { member: true, declared: true } }),
      allowed: everyoneSignedIn,
    },
    {
      operation: "award.jury.score",
      label: "not declared",
      resource: () => ({ awardJury: { member: true, declared: false } }),
      allowed: [],
    },
    {
      operation: "award.nominations.view",
      label: "not declared",
      resource: () => ({ awardJury: { member: true, declared: false } }),
      allowed: ["centreStaff", "admin"],
    },
    {
      operation: "award.nominations.view",
      label: "declared",
      resource: () => ({ awardJury: { member: true, declared: true } }),
      allowed: everyoneSignedIn,
    },
    { operation: "admin.dashboard", allowed: ["admin"] },
    { operation: "admin.users.list", allowed: ["admin"] },
    { operation: "admin.users.changeRole", allowed: ["admin"] },
    { operation: "admin.users.deactivate", allowed: ["admin"] },
    { operation: "admin.audit.view", allowed: ["admin"] },
    { operation: "admin.outbox.view", allowed: ["admin"] },
    { operation: "jobs.view", allowed: ["admin"] },
    { operation: "jobs.run", allowed: ["admin"] },
  ];

  for (const c of cases) {
    describe(`${c.operation}${c.label ? ` (${c.label})` : ""}`, () => {
      for (const person of people) {
        const expected = c.allowed.includes(person);
        it(`${expected ? "allows" : "refuses"} ${person}`, () => {
          expect(can(principals[person], c.operation, c.resource?.() ?? {})).toBe(expected);
        });
      }
    });
  }

  it("account.update: only one's own account, not even an administrator another's", () => {
    for (const person of everyoneSignedIn) {
      const p = principals[person]!;
      expect(can(p, "account.update", { userId: p.userId }), person).toBe(true);
      expect(can(p, "account.update", { userId: principals.resident!.userId }), person).toBe(person === "resident");
    }
    expect(can(null, "account.update", { userId: principals.resident!.userId })).toBe(false);
    expect(can(principals.resident, "account.update")).toBe(false);
  });
});

describe("properties of the whole table (also for operations added later)", () => {
  const operations = Object.keys(permissionTable) as Operation[];
  const ruleOf = (op: Operation): { roles?: readonly string[]; owns?: readonly string[] } => permissionTable[op];

  it("a visitor is allowed exactly the operations open to visitors", () => {
    for (const op of operations) expect(can(null, op), op).toBe(!!ruleOf(op).roles?.includes("visitor"));
  });

  it("ownership never grants anything without the resource's id", () => {
    for (const op of operations) {
      const rule = ruleOf(op);
      for (const person of ["ownerA", "editorA", "commissionX"] as const) {
        const byRole = rule.roles?.some((r) => rolesOf(principals[person]).includes(r as never)) ?? false;
        expect(can(principals[person], op, {}), `${person} ${op}`).toBe(byRole);
      }
    }
  });

  it("a plain resident gets only operations open to residents", () => {
    for (const op of operations) {
      const open = !!ruleOf(op).roles?.some((r) => r === "resident" || r === "visitor");
      expect(can(principals.resident, op, { organizationId: orgA, competitionId: competitionX }), op).toBe(open);
    }
  });
});

describe("authorize", () => {
  it("throws ForbiddenError 'unauthenticated' for a visitor", () => {
    let error: unknown;
    try {
      authorize(null, "account.view");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ reason: "unauthenticated", operation: "account.view" });
  });

  it("throws ForbiddenError 'forbidden' for a signed-in person without the right", () => {
    expect(() => authorize(principals.editorA, "organization.members.manage", { organizationId: orgA })).toThrowError(ForbiddenError);
    try {
      authorize(principals.ownerB, "organization.edit", { organizationId: orgA });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ reason: "forbidden", operation: "organization.edit", name: "ForbiddenError" });
    }
    expect(() => authorize(principals.admin, "commission.score", { competitionId: competitionX })).toThrowError(
      /forbidden: commission\.score/,
    );
  });

  it("returns quietly when allowed", () => {
    expect(() => authorize(principals.ownerA, "organization.members.manage", { organizationId: orgA })).not.toThrow();
    expect(() => authorize(principals.commissionX, "commission.score", { competitionId: competitionX })).not.toThrow();
  });
});
