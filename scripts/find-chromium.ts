/**
 * Which Chromium the end-to-end tests drive. Browsers cannot be downloaded on our machines, so
 * besides a browser installed by `npx playwright install` this accepts the system's Chromium.
 * Order: CHROMIUM_PATH (when set, it must exist), a Playwright-installed Chromium, /usr/bin/chromium.
 */
import fs from "node:fs";
import { chromium } from "playwright-core";

export const chromiumNotFoundMessage =
  "No Chromium found. Install one: apt-get install chromium (Debian/Ubuntu), or set CHROMIUM_PATH=/path/to/chrome";

/** Flags for a headless Chromium on a machine with a closed network, run as root in CI. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

function isExecutable(file: string) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${chromiumNotFoundMessage}`);
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  for (const candidate of [bundled, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && isExecutable(candidate)) return candidate;
  }
  throw new Error(chromiumNotFoundMessage);
}
