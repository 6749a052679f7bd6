/**
 * `npm test`: everything CI checks, in order, stopping at the first failure with its exit code:
 * types, formatting, lint, unit and database tests (Vitest), a fresh production build, end-to-end journeys
 * (Playwright, Debian's Chromium). A journey that passed only on its retry (Playwright's "flaky") fails
 * the run: the retry is there for its trace, not to let it pass. Ends with a line "Total: N passed, N failed".
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "./find-chromium";

const bin = (name: string) => path.resolve("node_modules/.bin", name);
const reportDir = path.join(os.tmpdir(), `wspolnie-test-${process.pid}`);
const vitestJson = path.join(reportDir, "vitest.json");
const playwrightJson = path.join(reportDir, "playwright.json");

interface Step {
  title: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** After the step exited 0: a reason to fail it anyway, or null. */
  verdict?: () => string | null;
}

/**
 * The steps in order; an array is a group of checks that run side by side (each is single-threaded,
 * and CI's machine has two cores), their output printed step by step when all have ended.
 */
const steps: (Step | Step[])[] = [
  [
    { title: "Type check (tsc --noEmit)", command: bin("tsc"), args: ["--noEmit"] },
    { title: "Format (prettier --check .)", command: bin("prettier"), args: ["--check", "--log-level=warn", "."] },
    { title: "Lint (eslint .)", command: bin("eslint"), args: ["."] },
  ],
  {
    title: "Unit and database tests (vitest run)",
    command: bin("vitest"),
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
  },
  { title: "Production build (next build)", command: bin("next"), args: ["build"] },
  {
    title: "End-to-end tests (playwright test)",
    command: bin("playwright"),
    args: ["test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
    verdict: () => {
      const flaky = flakyTests();
      return flaky.length ? `${flaky.length} journey(s) passed only on a retry (flaky):\n${flaky.map((t) => `  - ${t}`).join("\n")}` : null;
    },
  },
];

function heading(text: string) {
  const line = "=".repeat(Math.max(60, text.length + 4));
  console.log(`\n${line}\n  ${text}\n${line}\n`);
}

/** Runs a step; with `output`, its stdout and stderr are collected there instead of printed. */
function run(step: Step, output?: Buffer[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      stdio: output ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...step.env },
    });
    child.stdout?.on("data", (chunk: Buffer) => output?.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output?.push(chunk));
    child.on("error", (error) => {
      console.error(`cannot run ${step.command}: ${error.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
  });
}

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

/** Runs a step or a group; the steps' results in order, after each one's heading and output. */
async function runGroup(group: Step | Step[]): Promise<{ step: Step; code: number }[]> {
  const started = Date.now();
  if (!Array.isArray(group)) {
    heading(group.title);
    const code = await run(group);
    console.log(`(${group.title}: ${seconds(started)})`);
    return [{ step: group, code }];
  }
  const outputs = group.map(() => [] as Buffer[]);
  const codes = await Promise.all(group.map((step, i) => run(step, outputs[i])));
  return group.map((step, i) => {
    heading(step.title);
    process.stdout.write(Buffer.concat(outputs[i]));
    console.log(`(${step.title}, side by side with the others of its group: ${seconds(started)})`);
    return { step, code: codes[i] };
  });
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function vitestCounts(): Counts | null {
  const r = readJson(vitestJson) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  } | null;
  return r ? { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests } : null;
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; line: number; tests: { status: string }[] }[];
}

/** Journeys whose status is "flaky": failed first, passed on a retry. */
function flakyTests(): string[] {
  const r = readJson(playwrightJson) as { suites?: PlaywrightSuite[] } | null;
  const found: string[] = [];
  const walk = (suite: PlaywrightSuite, path: string[], file: string | undefined) => {
    const here = suite.file ?? file;
    const titles = suite.title && suite.title !== here ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? [])
      if (spec.tests.some((t) => t.status === "flaky")) found.push(`${here}:${spec.line} ${[...titles, spec.title].join(" › ")}`);
    for (const child of suite.suites ?? []) walk(child, titles, here);
  };
  for (const suite of r?.suites ?? []) walk(suite, [], undefined);
  return found;
}

function playwrightCounts(): Counts | null {
  const r = readJson(playwrightJson) as { stats?: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
  // a flaky journey counts as failed: it did not pass on its first run
  return r?.stats ? { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped } : null;
}

function summary(exitCode: number) {
  const parts = [
    ["Vitest", vitestCounts()],
    ["Playwright", playwrightCounts()],
  ] as const;
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  heading(exitCode === 0 ? "All checks passed" : `Failed (exit code ${exitCode})`);
  for (const [name, counts] of parts) {
    if (!counts) continue;
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  fs.rmSync(reportDir, { recursive: true, force: true });
  console.log(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}

async function main() {
  try {
    console.log(`Chromium for the end-to-end tests: ${findChromium()}`);
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
  fs.mkdirSync(reportDir, { recursive: true });
  for (const group of steps) {
    for (const { step, code } of await runGroup(group)) {
      if (code !== 0) {
        console.error(`\n✗ ${step.title} failed with exit code ${code}`);
        summary(code);
        process.exit(code);
      }
      const failure = step.verdict?.();
      if (failure) {
        console.error(`\n✗ ${step.title}: ${failure}`);
        summary(1);
        process.exit(1);
      }
    }
  }
  summary(0);
}

void main();
