import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside a React Server Component bundle; in tests it is an empty module.
      { find: /^server-only$/, replacement: fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)) },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    // Each file starts its own database (PGlite in memory ~1-2 s, or a fresh one on a server);
    // argon2 hashing adds ~50 ms per password.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // next-intl's ESM imports "next/server" without an extension, which Node cannot resolve alone:
    // run it through Vite (the proxy's test imports it). next-auth likewise (the fuzz tests import every module of lib/).
    server: { deps: { inline: ["next-intl", "next-auth", "@auth/core"] } },
    // one migrated template database per run, copied by each file (tests/db.ts)
    globalSetup: ["tests/global-setup.ts"],
    pool: "forks",
    fileParallelism: true,
    // Vitest's default is one worker fewer than the cores: on CI's two cores, one file at a time while
    // the other core idles (the main process only schedules).
    maxWorkers: availableParallelism(),
  },
});
