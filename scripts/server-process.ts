/**
 * The production server as a child process, for the scripts that measure it (bench, lighthouse):
 * a build when there is none, waiting for its health check, and stopping its whole process group
 * (`next start` runs under npx: the group, not the first pid, is the server).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

/** Runs `next build` when there is no production build yet; exits with its code when it fails. */
export function ensureBuild() {
  if (fs.existsSync(".next/BUILD_ID")) return;
  console.log("no production build yet: running next build");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Waits until `${base}/api/health` answers 200 (three minutes at most: the first start migrates and seeds). */
export async function waitForHealth(base: string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

/** Waits until the process group is gone (the embedded database is reopened after it). */
async function groupGone(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** The crash scenarios' hard stop: no shutdown, no flush, as when the machine loses the process. */
export async function killServer(pid: number) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    return; // already gone
  }
  if (!(await groupGone(pid, 15_000))) throw new Error(`server process group ${pid} survived SIGKILL`);
}

/** A clean stop (SIGTERM), then SIGKILL after 15 s. */
export async function stopServer(pid: number) {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  if (!(await groupGone(pid, 15_000))) process.kill(-pid, "SIGKILL");
}
