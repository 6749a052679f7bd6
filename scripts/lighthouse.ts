/**
 * `npm run lighthouse`: Lighthouse (mobile defaults: a mid-range phone, slow 4G and a 4× slower CPU,
 * all simulated) on six public pages of the production build: home, the directory, an organization's
 * profile, a competition, a consultation and the contracts register. Prints a table with the goals
 * of issue 16 (performance ≥ 0.95, LCP < 2.0 s, TBT < 150 ms, ≤ 150 kB of JavaScript, accessibility 1).
 *
 * Builds first when there is no production build (.next/BUILD_ID); after a change run `npx next build`
 * yourself. The server runs on a fresh demo database in a temporary DATA_DIR (the server seeds it on
 * boot). Chromium: scripts/find-chromium.ts (CHROMIUM_PATH, Playwright's, /usr/bin/chromium).
 * Options (environment): PORT (3310), LIGHTHOUSE_RUNS (1; with more, each page's run with the median
 * performance is shown), LIGHTHOUSE_ONLY (page names, comma-separated), LIGHTHOUSE_JSON (a folder to
 * write each report's JSON into).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { chromiumArgs, findChromium } from "./find-chromium";
import { ensureBuild, stopServer, waitForHealth } from "./server-process";

const port = Number(process.env.PORT ?? 3310);
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const only = process.env.LIGHTHOUSE_ONLY?.split(",").map((name) => name.trim());
const jsonDir = process.env.LIGHTHOUSE_JSON;
const base = `http://127.0.0.1:${port}`;

/** Issue 16's goals. */
export const goals = { performance: 0.95, lcpMs: 2000, tbtMs: 150, scriptKb: 150, accessibility: 1 };

interface Row {
  page: string;
  path: string;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  scriptKb: number;
  accessibility: number;
}

/** The first item's id of a public list endpoint (`{ total, page, pageSize, items }`). */
async function firstId(list: string): Promise<string> {
  const response = await fetch(base + list);
  if (!response.ok) throw new Error(`${list} answered ${response.status}`);
  const body = (await response.json()) as { items: { id: string }[] };
  if (!body.items.length) throw new Error(`${list} has no items in the demo data`);
  return body.items[0].id;
}

async function pages() {
  const all = [
    { page: "home", path: "/" },
    { page: "directory", path: "/organizations" },
    { page: "profile", path: `/organizations/${await firstId("/api/v1/organizations")}` },
    { page: "competition", path: `/competitions/${await firstId("/api/v1/competitions")}` },
    { page: "consultation", path: `/consultations/${await firstId("/api/v1/consultations")}` },
    { page: "contracts", path: "/contracts" },
  ];
  return only ? all.filter((p) => only.includes(p.page)) : all;
}

function rowOf(page: string, pagePath: string, lhr: Result): Row {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined;
  const script = summary?.items?.find((item) => item.resourceType === "script")?.transferSize ?? 0;
  return {
    page,
    path: pagePath,
    performance: lhr.categories.performance?.score ?? NaN,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    fcpMs: numeric("first-contentful-paint"),
    scriptKb: script / 1000,
    accessibility: lhr.categories.accessibility?.score ?? NaN,
  };
}

const mark = (ok: boolean) => (ok ? "✓" : "✗");

export function table(rows: Row[]) {
  const lines = [
    `| page | performance (≥ ${goals.performance}) | LCP s (< ${goals.lcpMs / 1000}) | TBT ms (< ${goals.tbtMs}) | FCP s | JS kB (≤ ${goals.scriptKb}) | accessibility (${goals.accessibility}) |`,
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.page} | ${r.performance.toFixed(2)} ${mark(r.performance >= goals.performance)} | ${(r.lcpMs / 1000).toFixed(1)} ${mark(r.lcpMs < goals.lcpMs)} | ${Math.round(r.tbtMs)} ${mark(r.tbtMs < goals.tbtMs)} | ${(r.fcpMs / 1000).toFixed(1)} | ${r.scriptKb.toFixed(0)} ${mark(r.scriptKb <= goals.scriptKb)} | ${r.accessibility.toFixed(2)} ${mark(r.accessibility >= goals.accessibility)} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  ensureBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "wspolnie-lighthouse-"));
  fs.rmSync(".next/cache/fetch-cache", { recursive: true, force: true }); // cached data of another database (see scripts/start.ts)
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      APP_URL: base,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "lighthouse-secret-not-for-production",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await waitForHealth(base);
    const targets = await pages();
    // each page once before measuring: the server's caches filled, as for a visitor on a live site
    for (const target of targets) await fetch(base + target.path).then((r) => r.arrayBuffer());
    chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ["--headless=new", ...chromiumArgs],
    });
    const rows: Row[] = [];
    for (const target of targets) {
      const measured: Row[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(base + target.path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${target.path}`);
        if (result.lhr.runtimeError) throw new Error(`${target.path}: ${result.lhr.runtimeError.message}`);
        if (jsonDir) {
          fs.mkdirSync(jsonDir, { recursive: true });
          fs.writeFileSync(path.join(jsonDir, `${target.page}-${i + 1}.json`), JSON.stringify(result.lhr));
        }
        const row = rowOf(target.page, target.path, result.lhr);
        measured.push(row);
        console.log(
          `${target.page} (${target.path}) run ${i + 1}/${runs}: performance ${row.performance}, LCP ${Math.round(row.lcpMs)} ms, TBT ${Math.round(row.tbtMs)} ms, JS ${row.scriptKb.toFixed(1)} kB, accessibility ${row.accessibility}`,
        );
      }
      measured.sort((a, b) => a.performance - b.performance);
      rows.push(measured[Math.floor(measured.length / 2)]);
    }
    console.log(
      `\nLighthouse 12, mobile defaults (simulated slow 4G, 4× CPU slowdown); ${runs} run(s) a page` +
        `${runs > 1 ? " (the median by performance shown)" : ""}; ${os.cpus().length} cores, load ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(" ")}; ${new Date().toISOString().slice(0, 10)}\n`,
    );
    console.log(table(rows));
  } finally {
    await chrome?.kill();
    await stopServer(server.pid!);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
