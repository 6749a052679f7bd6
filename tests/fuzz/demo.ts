import { count, eq, getTableColumns, getTableName, is } from "drizzle-orm";
import { PgTable, type AnyPgColumn } from "drizzle-orm/pg-core";
import { loadPrincipal } from "@/lib/accounts/principal";
import type { Principal } from "@/lib/auth/permissions";
import * as schema from "@/lib/db/schema";
import { auditLog, mailOutbox, users } from "@/lib/db/schema";
import { seedReferenceData } from "@/lib/db/reference";
import { seedDemo } from "@/lib/demo";
import { createTestDatabase } from "@/tests/db";
import { requestState } from "./request-mocks";

/** The roles the fuzz tests call as, by their demo accounts (a visitor has none). */
const roleAccounts = {
  visitor: null,
  resident: "mieszkaniec@demo.test",
  owner: "ngo@demo.test",
  commission: "komisja@demo.test",
  admin: "admin@demo.test",
} as const;

export type FuzzRole = keyof typeof roleAccounts;

/**
 * The seeded demo the fuzz tests run against (the mocked request reads it): up to `idsPerTable`
 * ids of real records by table, so calls get past "not found" into the rules; the principals of
 * the roles asked for; and `writes()`, what the audit log and the outbox hold, to prove a refusal
 * wrote nothing.
 */
export async function fuzzDemo(idsPerTable: number, roles: readonly FuzzRole[]) {
  const t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemo(t.db);
  requestState.db = t.db;
  const idsByTable = new Map<string, string[]>();
  for (const table of Object.values(schema)) {
    if (!is(table, PgTable)) continue;
    const { id } = getTableColumns(table) as Record<string, AnyPgColumn | undefined>;
    if (!id) continue;
    const rows = (await t.db.select({ id }).from(table).limit(idsPerTable)) as { id: unknown }[];
    const ids = rows.map((row) => row.id).filter((value): value is string => typeof value === "string");
    if (ids.length) idsByTable.set(getTableName(table), ids);
  }
  const principalOf = async (email: string | null) => {
    if (!email) return null;
    const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return loadPrincipal(t.db, user.id);
  };
  const principals: [FuzzRole, Principal | null][] = [];
  for (const role of roles) principals.push([role, await principalOf(roleAccounts[role])]);
  const writes = async () => {
    const [[audit], [mail]] = await Promise.all([t.db.select({ n: count() }).from(auditLog), t.db.select({ n: count() }).from(mailOutbox)]);
    return { audit: audit.n, mail: mail.n };
  };
  return { t, idsByTable, principals, writes };
}
