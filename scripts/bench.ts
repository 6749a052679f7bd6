/**
 * `npm run bench`: seeds a fresh database with 10 000 organizations, starts the production server
 * and measures key pages with autocannon against two references of the same app measured in the
 * same run: a trivial cached page and a trivial page rendered per request.
 *
 * PGlite by default (a temporary DATA_DIR); with DATABASE_URL a fresh database is created on that
 * server and dropped afterwards. Options (environment): BENCH_SECONDS (10), BENCH_CONNECTIONS (20),
 * BENCH_ORGANIZATIONS (10000), BENCH_ONLY (module names, comma-separated), PORT (3300).
 *
 * BENCH_DIRECTORY_SCALE=1 (PostgreSQL only) measures instead how the public directory grows from
 * 1 000 to 100 000 organizations (BENCH_SCALE_SIZES): scripts/bench/directory-scale.ts.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPglite, openPostgres, type OpenDatabase } from "../lib/db/open";
import { hashPassword } from "../lib/auth/password";
import { seedReferenceData } from "../lib/db/reference";
import { demoClock } from "../lib/demo/clock";
import { seedDemoCore } from "../lib/demo/core";
import { DEMO_PASSWORD } from "../lib/demo/demo-data";
import { demoId } from "../lib/demo/ids";
import { seedBulkOrganizations } from "../lib/demo/bulk";
import { benchModules as allBenchModules } from "./bench/modules";
import { runDirectoryScale } from "./bench/directory-scale";
import { openBenchSessions, sessionCookie } from "./bench/session";
import type { BenchServer, BenchTarget } from "./bench/types";
import { ensureBuild, killServer, stopServer, waitForHealth } from "./server-process";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const organizationCount = Number(process.env.BENCH_ORGANIZATIONS ?? 10_000);
const port = Number(process.env.PORT ?? 3300);
/** BENCH_ONLY=competitions,consultations measures only those modules (the references always). */
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const benchModules = only ? allBenchModules.filter((m) => only.includes(m.name)) : allBenchModules;
const base = `http://127.0.0.1:${port}`;

interface Measurement {
  name: string;
  reference: BenchTarget["reference"];
  rps: number;
  p50: number;
  p95: number;
  /** Latency of the page on its own: one connection, nothing queued behind other requests. */
  aloneP50: number;
  aloneP95: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: number[], p: number) {
  if (!sorted.length) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

/** One autocannon run against the target; latencies of every response, sorted. */
async function load(target: BenchTarget, clients: number, duration: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base + target.path,
        connections: clients,
        duration,
        method: (target.init?.method as "GET") ?? "GET",
        headers: target.init?.headers as Record<string, string> | undefined,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { result, latencies: latencies.sort((a, b) => a - b) };
}

/**
 * Throughput and latency under `connections` concurrent clients (on a small machine the latency
 * there is mostly queueing: about connections ÷ throughput), then the latency of the page alone.
 */
async function measure(target: BenchTarget): Promise<Measurement> {
  await fetch(base + target.path, target.init).then((r) => r.arrayBuffer()); // fill the cache
  await load(target, connections, 1); // warm up the JIT and the pool
  const loaded = await load(target, connections, seconds);
  const alone = await load(target, 1, Math.min(3, seconds));
  return {
    name: target.name,
    reference: target.reference,
    rps: loaded.result.requests.average,
    p50: percentile(loaded.latencies, 50),
    p95: percentile(loaded.latencies, 95),
    aloneP50: percentile(alone.latencies, 50),
    aloneP95: percentile(alone.latencies, 95),
    non2xx: loaded.result.non2xx + alone.result.non2xx,
    errors: loaded.result.errors + loaded.result.timeouts + alone.result.errors + alone.result.timeouts,
  };
}

/** The demo resident (seeded by seedDemo), for the logged-in reference. */
function residentCookie() {
  return sessionCookie({ id: demoId("user", "mieszkaniec@demo.test"), email: "mieszkaniec@demo.test", name: "Jan Nowak" });
}

async function prepareDatabase(): Promise<{
  env: Record<string, string>;
  cleanup: () => Promise<void>;
  engine: string;
  reopen: () => Promise<OpenDatabase>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  let opened: OpenDatabase;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const name = `wspolnie_bench_${process.pid}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    opened = openPostgres(url.toString(), 4);
    env = { DATABASE_URL: url.toString(), DB_POOL_MAX: String(connections), DEMO: "1" };
    cleanup = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "wspolnie-bench-"));
    opened = await openPglite(dataDir);
    env = { DATA_DIR: dataDir, DATABASE_URL: "" };
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const started = Date.now();
  await opened.migrate();
  await seedReferenceData(opened.db);
  await seedDemoCore(opened.db, demoClock(), await hashPassword(DEMO_PASSWORD));
  await seedBulkOrganizations(opened.db, organizationCount);
  for (const part of benchModules) {
    const moduleStarted = Date.now();
    await part.seed?.(opened.db);
    if (part.seed) console.log(`seeded ${part.name} in ${((Date.now() - moduleStarted) / 1000).toFixed(1)} s`);
  }
  // the minted cookies (scripts/bench/session.ts) name a session of their account's id
  await openBenchSessions(opened.db);
  // Planner statistics after a bulk load, as a database administrator would (PGlite has no autovacuum).
  await opened.db.execute(sql`analyze`);
  console.log(`seeded ${organizationCount} organizations on ${opened.engine} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const engine = opened.engine;
  await opened.close();
  const reopen = () => (serverUrl ? Promise.resolve(openPostgres(env.DATABASE_URL, 4)) : openPglite(env.DATA_DIR));
  return { env, cleanup, engine, reopen };
}

function table(rows: Measurement[]) {
  // Each reference is measured first and again last; a page is compared with the mean of the two.
  const mean = (name: string): Measurement | undefined => {
    const runs = rows.filter((r) => r.name === name || r.name === `${name} (again)`);
    return runs.length ? { ...runs[0], rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length } : undefined;
  };
  const reference = {
    static: mean("reference: static"),
    dynamic: mean("reference: per request"),
    session: mean("reference: per request, logged in"),
  };
  const lines = [
    `| page | req/s | p50 ms | p95 ms | vs reference | alone: p50 ms | alone: p95 ms | non-2xx |`,
    "|---|---:|---:|---:|---|---:|---:|---:|",
  ];
  for (const row of rows) {
    const ref = row.reference ? reference[row.reference] : undefined;
    const of = (r: Measurement | undefined, label: string) => (r ? `${Math.round((row.rps / r.rps) * 100)} % of ${label}` : "");
    // a logged-in page is shown against both per-request references
    const ratio = ref
      ? [of(ref, row.reference!), row.reference === "session" ? of(reference.dynamic, "dynamic") : ""].filter(Boolean).join("; ")
      : "–";
    lines.push(
      `| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p95} | ${ratio} | ${row.aloneP50} | ${row.aloneP95} | ${row.non2xx + row.errors} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  ensureBuild();
  if (process.env.BENCH_DIRECTORY_SCALE === "1") return directoryScale();
  const { env, cleanup, engine, reopen } = await prepareDatabase();
  const report: string[] = [];
  fs.rmSync(".next/cache/fetch-cache", { recursive: true, force: true }); // cached data of another database (see scripts/start.ts)
  const startServer = () =>
    spawn("npx", ["next", "start", "-p", String(port)], {
      env: {
        ...process.env,
        ...env,
        ...Object.assign({}, ...benchModules.map((m) => m.env ?? {})),
        AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production",
        NODE_ENV: "production",
        // the reference pages (/reference/*) answer only in benchmark mode
        WSPOLNIE_BENCHMARK: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
  let server = startServer();
  const control: BenchServer = {
    kill: () => killServer(server.pid!),
    start: async () => {
      server = startServer();
      await waitForHealth(base);
    },
  };
  try {
    await waitForHealth(base);
    const targets: BenchTarget[] = [
      { name: "reference: static", path: "/reference/static", reference: null },
      { name: "reference: per request", path: "/reference/dynamic", reference: null },
      {
        name: "reference: per request, logged in",
        path: "/reference/session",
        reference: null,
        init: { headers: { cookie: await residentCookie() } },
      },
    ];
    for (const part of benchModules) targets.push(...((await part.targets?.(base)) ?? []));
    // The references again at the end: the machine may have been busier at the start (the database
    // settling after the bulk load), and each page is compared with the mean of both runs.
    targets.push(...targets.slice(0, 3).map((t) => ({ ...t, name: `${t.name} (again)` })));
    const results: Measurement[] = [];
    for (const target of targets) {
      const m = await measure(target);
      results.push(m);
      console.log(`${m.name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p95 ${m.p95} ms`);
    }
    console.log(
      `\n${engine}, ${connections} connections, ${seconds} s per page, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"})\n`,
    );
    console.log(table(results));
    for (const part of benchModules) {
      if (part.run) report.push(`\n## ${part.name}`, ...(await part.run(base, control)));
    }
  } finally {
    await stopServer(server.pid!);
  }
  try {
    if (benchModules.some((m) => m.check)) {
      const opened = await reopen();
      try {
        for (const part of benchModules) {
          if (part.check) report.push(`\n## ${part.name}: check`, ...(await part.check(opened.db)));
        }
      } finally {
        await opened.close();
      }
    }
    if (report.length) console.log(report.join("\n"));
  } finally {
    await cleanup();
  }
}

/** The directory at 1 000, 10 000 and 100 000 organizations, one server throughout (PostgreSQL). */
async function directoryScale() {
  fs.rmSync(".next/cache/fetch-cache", { recursive: true, force: true }); // cached data of another database
  let pid: number | undefined;
  await runDirectoryScale({
    base,
    connections,
    seconds,
    measure,
    async start(env) {
      const server = spawn("npx", ["next", "start", "-p", String(port)], {
        env: {
          ...process.env,
          ...env,
          // no demo data: only the seeded organizations (mail links need a public address then)
          APP_URL: base,
          AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production",
          NODE_ENV: "production",
          WSPOLNIE_BENCHMARK: "1",
        },
        stdio: ["ignore", "ignore", "inherit"],
        detached: true,
      });
      pid = server.pid;
      await waitForHealth(base);
    },
    async stop() {
      if (pid) await stopServer(pid);
    },
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
