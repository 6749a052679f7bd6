import type { Db } from "@/lib/db/open";

/**
 * What `npm run bench` measures. Each page names its reference: cached pages are compared with
 * the trivial cached page, pages rendered per request with the trivial per-request page, and pages
 * only a logged-in person sees also with the trivial per-request page for a logged-in person.
 */
export interface BenchTarget {
  name: string;
  path: string;
  reference: "static" | "dynamic" | "session" | null;
  init?: RequestInit;
}

/** The server under test, for scenarios that stop it the hard way and start it again. */
export interface BenchServer {
  /** SIGKILL to the server's process group (no shutdown); resolves once it is gone */
  kill(): Promise<void>;
  /** starts it again on the same database and resolves once /api/health answers */
  start(): Promise<void>;
}

/**
 * One module's part of the benchmark (scripts/bench/<module>.ts, listed in scripts/bench/modules.ts).
 * The hooks run in this order: seed (fresh database, before the server starts), targets (steady load
 * measured with autocannon), run (scenarios that are not a steady load, e.g. a deadline rush; the
 * server is up), check (after the server stopped, with the database reopened: verify the outcome).
 * `run` and `check` return lines for the report.
 */
export interface BenchModule {
  name: string;
  /** settings of the server under test this module needs (e.g. an SMTP relay), merged into its environment */
  env?: Record<string, string>;
  seed?(db: Db): Promise<void>;
  targets?(base: string): Promise<BenchTarget[]>;
  run?(base: string, server: BenchServer): Promise<string[]>;
  check?(db: Db): Promise<string[]>;
}
