/**
 * Testing a data migration: a database migrated up to just before it gets rows, then the rest of the
 * migrations run. Rows of that older state are written in plain SQL, because drizzle's inserts name
 * every column of today's schema and later columns do not exist yet.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { TestDatabase } from "./db";

const drizzleDir = path.resolve(__dirname, "../drizzle");

/** A copy of drizzle/ that stops before the migration tagged `…_${name}` (throws when there is none). */
export function migrationsBefore(name: string): string {
  const journal = JSON.parse(fs.readFileSync(path.join(drizzleDir, "meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const stop = journal.entries.findIndex((e) => e.tag.endsWith(`_${name}`));
  if (stop <= 0) throw new Error(`no migration named ${name} after the first one`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wspolnie-migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const entries = journal.entries.slice(0, stop);
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(drizzleDir, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/** Inserts one row naming only the given columns (snake_case, as in the database); returns its `id` when the table has one. */
export async function insertOlderRow(db: TestDatabase["db"], table: string, values: Record<string, unknown>, returnId = true) {
  const columns = Object.keys(values);
  const query = sql`insert into ${sql.identifier(table)} (${sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  )}) values (${sql.join(
    columns.map((c) => sql`${values[c]}`),
    sql`, `,
  )})${returnId ? sql` returning id` : sql``}`;
  const result = (await db.execute(query)) as unknown as { rows?: { id: string }[] } | { id: string }[];
  const [row] = Array.isArray(result) ? result : (result.rows ?? []);
  return row?.id as string;
}
