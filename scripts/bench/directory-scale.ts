import os from "node:os";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPostgres } from "@/lib/db/open";
import { seedReferenceData } from "@/lib/db/reference";
import { seedScaleOrganizations } from "./directory-scale-seed";
import type { BenchTarget } from "./types";

/*
 * `BENCH_DIRECTORY_SCALE=1 npm run bench` (PostgreSQL server in DATABASE_URL): how the public
 * directory grows with the number of organizations. A fresh database is seeded with the
 * organizations of directory-scale-seed.ts to each size in BENCH_SCALE_SIZES (1000,10000,100000)
 * while the production server runs; at each size (after VACUUM ANALYZE, as autovacuum does after
 * a bulk insert) it measures the trivial per-request reference, the directory searched with a
 * query and two filters, the same search through the JSON API, the unfiltered directory, one
 * district, and a profile (cached), under BENCH_CONNECTIONS and alone, and prints one table.
 */

export interface ScaleMeasurement {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  aloneP50: number;
  aloneP95: number;
  non2xx: number;
  errors: number;
}

export interface ScaleHarness {
  /** Starts the production server on the database URL; resolves once it answers. */
  start(env: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
  measure(target: BenchTarget): Promise<ScaleMeasurement>;
  base: string;
  connections: number;
  seconds: number;
}

const SEARCH = "q=zdrowie&legalForm=association&volunteers=1";

function targets(profileId: string): BenchTarget[] {
  return [
    { name: "reference: per request", path: "/reference/dynamic", reference: null },
    { name: "directory search: q + 2 filters", path: `/organizations?${SEARCH}`, reference: "dynamic" },
    { name: "API: same search", path: `/api/v1/organizations?${SEARCH}`, reference: "dynamic" },
    { name: "directory search: q only", path: "/organizations?q=zdrowie", reference: "dynamic" },
    { name: "directory, one district", path: "/organizations?district=bojary", reference: "dynamic" },
    { name: "directory, unfiltered", path: "/organizations", reference: "dynamic" },
    { name: "profile (cached)", path: `/organizations/${profileId}`, reference: "static" },
  ];
}

export async function runDirectoryScale(harness: ScaleHarness) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("BENCH_DIRECTORY_SCALE needs a PostgreSQL server: set DATABASE_URL");
  const sizes = (process.env.BENCH_SCALE_SIZES ?? "1000,10000,100000").split(",").map(Number);
  const name = `wspolnie_scale_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const opened = openPostgres(url.toString(), 4);
  const rows: { size: number; seeded: number; m: ScaleMeasurement }[] = [];
  try {
    await opened.migrate();
    await seedReferenceData(opened.db);
    let count = 0;
    let started = false;
    for (const size of sizes) {
      const seedStarted = Date.now();
      await seedScaleOrganizations(opened.db, count, size);
      count = size;
      await opened.db.execute(sql`vacuum analyze organizations`);
      await opened.db.execute(sql`vacuum analyze organization_task_areas`);
      const seeded = (Date.now() - seedStarted) / 1000;
      console.log(
        `directory scale: ${size} organizations (seeded in ${seeded.toFixed(1)} s), load ${os.loadavg().map((l) => l.toFixed(1))}`,
      );
      if (!started) {
        await harness.start({ DATABASE_URL: url.toString(), DB_POOL_MAX: String(harness.connections) });
        started = true;
      }
      const [profile] = (await opened.db.execute(
        sql`select id from organizations where verification_status = 'verified' order by search_name limit 1`,
      )) as unknown as { id: string }[];
      for (const target of targets(profile.id)) {
        const m = await harness.measure(target);
        rows.push({ size, seeded, m });
        console.log(
          `  ${m.name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p95 ${m.p95} ms, alone p50 ${m.aloneP50} / p95 ${m.aloneP95} ms`,
        );
      }
    }
  } finally {
    await harness.stop();
    await opened.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  console.log(
    `\nPostgreSQL, ${harness.connections} connections, ${harness.seconds} s per page, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), load at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}\n`,
  );
  console.log(table(rows));
}

function table(rows: { size: number; m: ScaleMeasurement }[]) {
  const lines = [
    "| organizations | page | req/s | p50 ms | p95 ms | vs per request | alone: p50 ms | alone: p95 ms | non-2xx |",
    "|---:|---|---:|---:|---:|---|---:|---:|---:|",
  ];
  for (const { size, m } of rows) {
    const reference = rows.find((r) => r.size === size && r.m.name === "reference: per request")?.m;
    const ratio = reference && m !== reference ? `${Math.round((m.rps / reference.rps) * 100)} %` : "–";
    lines.push(
      `| ${size.toLocaleString("en").replace(/,/g, " ")} | ${m.name} | ${m.rps.toFixed(0)} | ${m.p50} | ${m.p95} | ${ratio} | ${m.aloneP50} | ${m.aloneP95} | ${m.non2xx + m.errors} |`,
    );
  }
  return lines.join("\n");
}
