import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/find-chromium";

// E2E_PORT lets several checkouts run their journeys side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** The SMTP server of the mail journey (e2e/jobs.spec.ts starts it); other journeys' mail waits in the outbox. */
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 1000);

/**
 * A fresh embedded database for every run. This file is loaded by the runner and again by each
 * worker; the runner picks the directory and the workers inherit it through the environment.
 */
function e2eDataDir() {
  const existing = process.env.WSPOLNIE_E2E_DATA_DIR;
  if (existing) return existing;
  // Leftovers of earlier runs whose process is gone.
  for (const name of safeReaddir(os.tmpdir())) {
    const pid = Number(/^wspolnie-e2e-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
  const dir = path.join(os.tmpdir(), `wspolnie-e2e-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.env.WSPOLNIE_E2E_DATA_DIR = dir;
  return dir;
}

function safeReaddir(dir: string) {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  // Measured on this 2-core machine while other suites ran (load 10–20): median journey 37 s, the
  // longest about 90 s (README, Tests). A journey that needs more is split: a fixture sets up the step it starts from.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: chromiumArgs,
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      HOSTNAME_BIND: "127.0.0.1",
      DATA_DIR: e2eDataDir(),
      // The journeys rely on the demo accounts: the embedded database, seeded on boot.
      // E2E_DATABASE_URL runs them against a server instead (with DEMO=1 it is seeded too).
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      DEMO: "1",
      // Mail really leaves (to the journey's SMTP server); the jobs the journey waits for tick every 2 s.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Wspólnie (e2e) <powiadomienia@wspolnie.test>",
      JOBS_SCHEDULE: ["outbox.deliver", "competitions.close"].map((name) => `${name}=*/2 * * * * *`).join(";"),
      // the journeys' set-up route (app/api/testing/fixtures): on here only, never in `npm start`
      WSPOLNIE_TEST_FIXTURES: "1",
      // e2e/sessions.spec.ts plays a trusted proxy by connecting from this second loopback address
      TRUSTED_PROXIES: "127.0.0.2",
    },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
