import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUser } from "@/lib/accounts/admin";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { auditActions, legacyAuditActions } from "@/lib/audit/actions";
import { listAudit } from "@/lib/audit/queries";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { auditLog, users } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createCompetition, createUser } from "@/tests/factories";

let t: TestDatabase;
let admin: Principal;
let resident: Principal;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
  resident = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
});
afterAll(() => t?.close());

async function auditCount() {
  const [{ n }] = await t.db.select({ n: count() }).from(auditLog);
  return n;
}

async function flagsOf(userId: string) {
  const [row] = await t.db.select({ isAdmin: users.isAdmin, active: users.active }).from(users).where(eq(users.id, userId));
  return row;
}

describe("updateUser writes the audit log", () => {
  it("records who changed what, with before and after", async () => {
    const target = await createUser(t.db);
    expect(await updateUser(t.db, admin, { userId: target.id, isAdmin: "true" })).toEqual({ ok: true, value: null });
    expect(await flagsOf(target.id)).toEqual({ isAdmin: true, active: true });
    const [entry] = await auditOf(t.db, target.id);
    expect(entry).toMatchObject({
      actorId: admin.userId,
      actorEmail: admin.email,
      action: "user.changeRole",
      entityType: "user",
      entityId: target.id,
      before: { isAdmin: false, active: true },
      after: { isAdmin: true, active: true },
    });
    expect(entry.at).toBeInstanceOf(Date);

    expect((await updateUser(t.db, admin, { userId: target.id, active: "false" })).ok).toBe(true);
    const [deactivation] = await auditOf(t.db, target.id);
    expect(deactivation).toMatchObject({
      action: "user.deactivate",
      before: { isAdmin: true, active: true },
      after: { isAdmin: true, active: false },
    });
    expect(await loadPrincipal(t.db, target.id)).toBeNull();

    expect((await updateUser(t.db, admin, { userId: target.id, active: "true" })).ok).toBe(true);
    expect((await auditOf(t.db, target.id))[0]).toMatchObject({ action: "user.activate", after: { active: true } });
  });

  it("grants and revokes the Centre staff role; a resident is refused and nothing changes", async () => {
    const target = await createUser(t.db);
    await expect(updateUser(t.db, resident, { userId: target.id, isCentreStaff: "true" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await loadPrincipal(t.db, target.id))?.isCentreStaff).toBe(false);
    expect(await auditOf(t.db, target.id)).toHaveLength(0);

    expect(await updateUser(t.db, admin, { userId: target.id, isCentreStaff: "true" })).toEqual({ ok: true, value: null });
    expect((await loadPrincipal(t.db, target.id))?.isCentreStaff).toBe(true);
    expect((await auditOf(t.db, target.id))[0]).toMatchObject({
      action: "user.changeRole",
      before: { isCentreStaff: false },
      after: { isCentreStaff: true, isAdmin: false },
    });
    expect((await updateUser(t.db, admin, { userId: target.id, isCentreStaff: "false" })).ok).toBe(true);
    expect((await loadPrincipal(t.db, target.id))?.isCentreStaff).toBe(false);
  });

  it("writes the record in the same transaction as the change: no record, no change", async () => {
    const target = await createUser(t.db);
    // Make every audit insert fail, then check that the user's row was not changed either.
    await t.db.execute(
      sql`create function test_refuse_insert() returns trigger as $$ begin raise exception 'audit insert refused by test'; end; $$ language plpgsql`,
    );
    await t.db.execute(
      sql`create trigger test_refuse_insert before insert on audit_log for each row execute function test_refuse_insert()`,
    );
    try {
      await expect(updateUser(t.db, admin, { userId: target.id, isAdmin: "true" })).rejects.toThrow();
    } finally {
      await t.db.execute(sql`drop trigger test_refuse_insert on audit_log`);
      await t.db.execute(sql`drop function test_refuse_insert()`);
    }
    expect(await flagsOf(target.id)).toEqual({ isAdmin: false, active: true });
    expect(await auditOf(t.db, target.id)).toHaveLength(0);
  });

  it("a refused change (resident, visitor) changes nothing and writes nothing", async () => {
    const target = await createUser(t.db);
    const before = await auditCount();
    await expect(updateUser(t.db, resident, { userId: target.id, isAdmin: "true" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateUser(t.db, resident, { userId: target.id, active: "false" })).rejects.toMatchObject({ reason: "forbidden" });
    await expect(updateUser(t.db, resident, { userId: resident.userId, isAdmin: "true" })).rejects.toMatchObject({ reason: "forbidden" });
    await expect(updateUser(t.db, null, { userId: target.id, isAdmin: "true" })).rejects.toMatchObject({ reason: "unauthenticated" });
    expect(await flagsOf(target.id)).toEqual({ isAdmin: false, active: true });
    expect(await flagsOf(resident.userId)).toEqual({ isAdmin: false, active: true });
    expect(await auditCount()).toBe(before);
  });

  it("an administrator cannot change themselves; an unknown user is not found; nothing is recorded", async () => {
    const before = await auditCount();
    expect(await updateUser(t.db, admin, { userId: admin.userId, isAdmin: "false" })).toEqual({ ok: false, formError: "cannotChangeSelf" });
    expect(await updateUser(t.db, admin, { userId: admin.userId, active: "false" })).toEqual({ ok: false, formError: "cannotChangeSelf" });
    expect(await updateUser(t.db, admin, { userId: "00000000-0000-4000-8000-000000000000", isAdmin: "true" })).toEqual({
      ok: false,
      formError: "notFound",
    });
    expect(await updateUser(t.db, admin, { userId: "nie-uuid", isAdmin: "true" })).toEqual({ ok: false, formError: "notFound" });
    expect(await flagsOf(admin.userId)).toEqual({ isAdmin: true, active: true });
    expect(await auditCount()).toBe(before);
  });
});

describe("the audit table is append-only", () => {
  it("refuses UPDATE and DELETE", async () => {
    await t.db.transaction((tx) =>
      recordAudit(tx, { actor: null, action: "seed.demo", entityType: "database", entityId: "1", after: { a: 1 } }),
    );
    const [row] = await auditOf(t.db, "1");
    expect(row).toMatchObject({ action: "seed.demo", actorId: null, before: null, after: { a: 1 } });

    await expect(t.db.update(auditLog).set({ action: "test.rewritten" }).where(eq(auditLog.id, row.id))).rejects.toThrow();
    await expect(t.db.delete(auditLog).where(eq(auditLog.id, row.id))).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();

    const [after] = await auditOf(t.db, "1");
    expect(after).toEqual(row);
  });

  it("names the reason in the error", async () => {
    const error = await t.db
      .execute(sql`update audit_log set action = 'x'`)
      .then(() => null)
      .catch((e: unknown) => e as Error & { cause?: Error });
    expect(error).not.toBeNull();
    expect(`${error?.message} ${error?.cause?.message ?? ""}`).toMatch(/append-only/);
  });
});

describe("the audit log's date filter", () => {
  it("takes whole Warsaw days, 25 hours long on the day the clocks go back", async () => {
    const at = ["2027-10-30T21:59:59Z", "2027-10-30T22:30:00Z", "2027-10-31T22:30:00Z", "2027-10-31T23:00:00Z"];
    await t.db
      .insert(auditLog)
      .values(at.map((instant) => ({ action: "test.dst", entityType: "dst_test", entityId: instant, at: new Date(instant) })));
    const listed = await listAudit(t.db, admin, { entityType: "dst_test", from: "2027-10-31", to: "2027-10-31" });
    // 00:30 CEST and 23:30 CET of 31 October; not 23:59:59 of the 30th, not 00:00 of 1 November
    expect(listed.rows.map((r) => r.entityId).sort()).toEqual(["2027-10-30T22:30:00Z", "2027-10-31T22:30:00Z"]);
    expect((await listAudit(t.db, admin, { entityType: "dst_test", from: "2027-11-01" })).total).toBe(1);
    expect((await listAudit(t.db, admin, { entityType: "dst_test", to: "2027-10-30" })).total).toBe(1);
  });
});

describe("the action names", () => {
  it("are module.verb, and every earlier name maps to one of them", () => {
    for (const action of auditActions) expect(action).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
    for (const [legacy, current] of Object.entries(legacyAuditActions)) {
      expect(auditActions).toContain(current);
      expect(auditActions).not.toContain(legacy);
    }
  });

  it("show old rows under today's name and find them by it, without rewriting them", async () => {
    const entityId = "00000000-0000-4000-8000-00000000aaaa";
    // a row as an earlier version wrote it (the log is append-only, so it stays as it was)
    await t.db.insert(auditLog).values({ action: "contract.draft.update", entityType: "contract", entityId });
    await t.db.transaction((tx) =>
      recordAudit(tx, { actor: actorOf(admin), action: "contract.updateDraft", entityType: "contract", entityId }),
    );
    const found = await listAudit(t.db, admin, { action: "contract.updateDraft" });
    expect(found.rows.filter((r) => r.entityId === entityId).map((r) => r.action)).toEqual([
      "contract.updateDraft",
      "contract.updateDraft",
    ]);
    expect(found.actions).toContain("contract.updateDraft");
    expect(found.actions).not.toContain("contract.draft.update");
    expect((await auditOf(t.db, entityId)).map((r) => r.action).sort()).toEqual(["contract.draft.update", "contract.updateDraft"]);
  });
});

describe("the log names who acted and on what", () => {
  it("gives each row its actor's name and its object's title and parent, and nothing for an object since gone", async () => {
    const competitionId = await createCompetition(t.db, "Wakacje w mieście 2026");
    const person = await createUser(t.db, { isAdmin: true, name: "Anna Nowak" });
    const actor = (await loadPrincipal(t.db, person.id))!;
    const goneId = "00000000-0000-4000-8000-00000000bbbb";
    await t.db.transaction(async (tx) => {
      await recordAudit(tx, { actor: actorOf(actor), action: "competition.update", entityType: "competition", entityId: competitionId });
      await recordAudit(tx, { actor: actorOf(actor), action: "user.changeRole", entityType: "user", entityId: person.id });
      await recordAudit(tx, { actor: null, action: "offer.withdraw", entityType: "offer", entityId: goneId });
    });
    const { rows } = await listAudit(t.db, admin, { actor: actor.email });
    const byEntity = new Map(rows.map((row) => [row.entityId, row]));
    expect(byEntity.get(competitionId)).toMatchObject({
      actorName: person.name,
      object: { name: "Wakacje w mieście 2026", context: null },
    });
    expect(byEntity.get(person.id)).toMatchObject({ actorName: person.name, object: { name: person.name, context: actor.email } });
    const gone = (await listAudit(t.db, admin, {})).rows.find((row) => row.entityId === goneId);
    expect(gone).toMatchObject({ actorName: null, object: null });
  });
});
