import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { dataDirectory, isDemoMode } from "@/lib/db/config";

/**
 * AUTH_SECRET signs the session cookies. Production needs it set; in demo mode one is generated
 * on first start and kept in DATA_DIR, so sessions survive a restart.
 */
let resolved: string | undefined;

/** Read once per process: next-auth asks for its configuration on every request. */
export function resolveAuthSecret(): string {
  resolved ??= readAuthSecret();
  return resolved;
}

function readAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (!isDemoMode()) {
    throw new Error("AUTH_SECRET is required outside demo mode. Generate one with: openssl rand -base64 33");
  }
  const dataDir = dataDirectory();
  const file = path.join(dataDir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(33).toString("base64");
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
