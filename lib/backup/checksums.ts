import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";

/** Rows of a raw query on either engine (postgres.js answers an array, PGlite `{ rows }`). */
async function rowsOf<T>(db: Db | Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

/** Row count and checksum of one table: md5 of its rows as text, in a fixed (byte-wise) order. */
export interface TableChecksum {
  rows: number;
  md5: string;
}

/** Every table of the application's schemas (`public` and Drizzle's migration journal), "schema.table". */
export async function listTables(db: Db): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`
    select table_schema || '.' || table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')
    order by 1`,
  );
  return rows.map((r) => r.name);
}

const quoted = (name: string) =>
  name
    .split(".")
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join(".");

/** Row counts and checksums of every table, to compare a restored database with the one backed up. */
export async function tableChecksums(db: Db | Tx): Promise<Record<string, TableChecksum>> {
  const result: Record<string, TableChecksum> = {};
  for (const table of await listTables(db)) {
    const [row] = await rowsOf<{ rows: number; md5: string }>(
      db,
      sql.raw(
        `select count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\\n' order by t::text collate "C")), '') as md5 from ${quoted(table)} t`,
      ),
    );
    result[table] = { rows: Number(row.rows), md5: row.md5 };
  }
  return result;
}

/** The tables whose count or checksum differ (or that exist on one side only); empty when equal. */
export function checksumDifferences(expected: Record<string, TableChecksum>, actual: Record<string, TableChecksum>): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names]
    .sort()
    .filter((name) => expected[name]?.rows !== actual[name]?.rows || expected[name]?.md5 !== actual[name]?.md5)
    .map((name) => `${name}: expected ${JSON.stringify(expected[name] ?? null)}, found ${JSON.stringify(actual[name] ?? null)}`);
}
