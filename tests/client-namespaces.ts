/**
 * Test-only static analysis: which message namespaces the client components under each page need,
 * and which ones the page's `<ClientMessages namespaces={[…]}>` (in the page or a layout above it)
 * sends to the browser. Reads the source: imports are followed from each page and layout; in
 * client files `useTranslations("…")` and `useErrorText("…")` count, in every file a
 * `namespace="…"` prop (forms pass their error namespace to shared client components) and a
 * `const ns = "…"` constant.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const importPattern = /(?:import|export)\s[^;]*?from\s+"([^"]+)"/g;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const sourceCache = new Map<string, string>();
const read = (file: string) => {
  if (!sourceCache.has(file)) sourceCache.set(file, fs.readFileSync(file, "utf8"));
  return sourceCache.get(file)!;
};

/** Files reachable from `entry` by imports within the project. */
function reachable(entry: string) {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of read(file).matchAll(importPattern)) {
      const target = resolveImport(file, match[1]);
      if (target && /\.(tsx?)$/.test(target)) stack.push(target);
    }
  }
  return seen;
}

const isClient = (source: string) => /^\s*["']use client["']/.test(source);

/** Namespaces a file needs in the browser. */
function namespacesOf(file: string) {
  const source = read(file);
  const found = new Set<string>();
  for (const m of source.matchAll(/namespace="([^"]+)"/g)) found.add(m[1]);
  if (isClient(source)) {
    for (const m of source.matchAll(/use(?:Translations|ErrorText)\("([^"]+)"\)/g)) found.add(m[1]);
    for (const m of source.matchAll(/const ns = "([^"]+)"/g)) found.add(m[1]);
  }
  return found;
}

/** What `<ClientMessages namespaces={[…]}>` in this file sends, if it has one. */
function providedBy(file: string): string[] | null {
  const match = read(file).match(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/);
  return match ? [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]) : null;
}

function walk(dir: string, out: string[] = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/^(page|layout|error|not-found|forbidden)\.tsx$/.test(entry.name)) out.push(full);
  }
  return out;
}

export interface PageNeeds {
  page: string;
  needed: string[];
  provided: string[];
  missing: string[];
}

/**
 * For every page, layout and error page under app/[locale]: the namespaces its client components
 * need, what the nearest ClientMessages on its path (itself, then layouts upwards) provides, and what is missing.
 */
export function clientNamespaceNeeds(base: string[]): PageNeeds[] {
  const appDir = path.join(root, "app", "[locale]");
  return walk(appDir).map((page) => {
    const needed = new Set<string>();
    for (const file of reachable(page)) for (const ns of namespacesOf(file)) needed.add(ns);
    // the page itself, then layouts from its folder up to app/[locale]
    let provided = providedBy(page);
    for (let dir = path.dirname(page); provided === null; dir = path.dirname(dir)) {
      const layout = path.join(dir, "layout.tsx");
      if (fs.existsSync(layout)) provided = providedBy(layout);
      if (dir === appDir) break;
    }
    const all = [...base, ...(provided ?? [])];
    const covers = (ns: string) => all.some((p) => ns === p || ns.startsWith(`${p}.`));
    return {
      page: path.relative(root, page),
      needed: [...needed].sort(),
      provided: all,
      missing: [...needed].filter((ns) => !covers(ns)).sort(),
    };
  });
}
