import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { demoCatalog, expect, test, waitForHydration } from "./fixtures";

/*
 * Every page at 390 px (a phone held upright), as each kind of user meets it: the document never
 * scrolls sideways and axe (WCAG 2.1 A/AA, label in name included) finds nothing.
 *
 * The pages are not listed here by hand. Each role starts from the sections of the main navigation
 * and its own account menu (served by /api/me from lib/auth/menu) and follows the links it finds on
 * them, so concrete ids come from the demo's own list pages. Every URL is matched to its route in
 * app/[locale] (read from the file system), and one page of each route is checked per role.
 */

test.use({ viewport: { width: 390, height: 844 } });

interface Route {
  pattern: string;
  regex: RegExp;
  /** static segments count more: /competitions/new wins over /competitions/[id] */
  specificity: number;
}

const appDir = path.join(process.cwd(), "app", "[locale]");

/** The pages of app/[locale], e.g. "/competitions/[id]/results"; route groups drop out of the URL. */
function appRoutes(dir = appDir, segments: string[] = []): Route[] {
  const routes: Route[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory())
      routes.push(...appRoutes(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]));
    else if (entry.name === "page.tsx" && !segments.some((segment) => segment.startsWith("[..."))) routes.push(route(segments));
  }
  return routes;
}

function route(segments: string[]): Route {
  const source = segments
    .map((segment) => {
      if (segment.startsWith("[[...")) return "(?:/.*)?";
      if (segment.startsWith("[")) return "/[^/]+";
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  return {
    pattern: `/${segments.join("/")}`,
    regex: new RegExp(`^${source || "/"}$`),
    specificity: segments.filter((segment) => !segment.startsWith("[")).length,
  };
}

const routes = appRoutes().sort((a, b) => b.specificity - a.specificity);

function routeOf(pathname: string) {
  return routes.find((candidate) => candidate.regex.test(pathname))?.pattern;
}

/** The main navigation's sections: the links of the "Nawigacja główna" landmark, read from the page. */
async function mainSections(page: Page) {
  await page.goto("/");
  return page
    .getByRole("navigation", { name: "Nawigacja główna" })
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
}

async function accountMenu(page: Page) {
  const response = await page.request.get("/api/me");
  const me = (await response.json()) as { menu: { href: string }[] };
  return me.menu.map((item) => item.href);
}

/** Pages not to follow: another language (the same routes), files and feeds, the API. */
function followable(url: URL, origin: string) {
  if (url.origin !== origin) return false;
  if (url.pathname === "/en" || url.pathname.startsWith("/en/") || url.pathname.startsWith("/api/")) return false;
  return !/\.(csv|pdf|ics|xml|json|txt|png|svg|ico)$/.test(url.pathname);
}

/** The areas of a logged-in person; the public pages around them are the visitor's (and the seeds'). */
const privateArea = /^\/(account|admin|commission|offers)(\/|$)|^\/organizations\/(new|[^/]+\/(manage|join))(\/|$)/;

/** Does not scroll sideways at 390 px, and axe finds nothing. */
async function expectFitsPhone(page: Page, expectAccessible: (page: Page) => Promise<void>) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  if (widths.scroll > widths.inner) {
    // name the outermost elements that stick out (not those inside a region that scrolls), so the failure says where to look
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll("body *"))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => {
          // what is absolutely placed escapes a scrolling parent that is not its containing block
          if (getComputedStyle(element).position === "absolute") return true;
          for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
            if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(parent).overflowX)) return false;
          return true;
        })
        .slice(0, 6)
        .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).replace(/ /g, ".")}`.slice(0, 100)),
    );
    expect(widths.scroll, `${page.url()} scrolls sideways at 390 px; too wide: ${wide.join(" | ")}`).toBeLessThanOrEqual(widths.inner);
  }
  await expectAccessible(page);
}

/**
 * Visits the seeds and the pages they link to (breadth first, `depth` links deep), one page per
 * route besides the seeds (each seed is a record in a state of its own), and checks each. A
 * logged-in person follows links into the private areas, and to the pages of a seed record.
 */
async function crawl(page: Page, seeds: string[], loggedIn: boolean, expectAccessible: (page: Page) => Promise<void>) {
  const depth = 3;
  const origin = new URL(page.url()).origin;
  const queue = seeds.map((href) => ({ url: new URL(href, origin), depth: 0, seed: true }));
  const seedPaths = queue.map((item) => item.url.pathname);
  const follow = (url: URL) =>
    followable(url, origin) &&
    (!loggedIn || privateArea.test(url.pathname) || seedPaths.some((seed) => url.pathname.startsWith(`${seed}/`)));
  const seenRoutes = new Set<string>();
  const seenPaths = new Set<string>();
  const visited: { route: string; path: string }[] = [];
  const failures: string[] = [];
  while (queue.length > 0) {
    const item = queue.shift()!;
    const route = routeOf(item.url.pathname);
    if (!route || seenPaths.has(item.url.pathname) || (!item.seed && seenRoutes.has(route))) continue;
    seenRoutes.add(route);
    seenPaths.add(item.url.pathname);
    const response = await page.goto(item.url.href);
    const status = response?.status() ?? 0;
    if (status >= 400) {
      failures.push(`${route}: ${item.url.pathname} answered ${status} (a seed, or linked on a page of this role)`);
      continue;
    }
    if (loggedIn) await waitForHydration(page);
    else await expect(page.getByRole("link", { name: "Zaloguj się" }).first()).toBeVisible();
    // every page is checked before the test fails, so one run lists all there is to fix
    await expectFitsPhone(page, expectAccessible).catch((error: Error) => failures.push(`${route}: ${error.message}`));
    visited.push({ route, path: item.url.pathname });
    if (item.depth >= depth) continue;
    const links = await page.locator("main a[href]").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) {
      const next = new URL(href);
      next.hash = "";
      const nextRoute = routeOf(next.pathname);
      if (nextRoute && !seenRoutes.has(nextRoute) && follow(next)) queue.push({ url: next, depth: item.depth + 1, seed: false });
    }
  }
  return { visited, failures };
}

type Catalog = Awaited<ReturnType<typeof demoCatalog>>;
const ids = (records: Record<string, { id: string }>) => Object.values(records).map((record) => record.id);

/** The log-in pages and the footer's, which the main navigation does not list. */
const visitorExtras = [
  "/login",
  "/register",
  "/password-reset",
  "/verify-email/resend",
  "/accessibility",
  "/privacy",
  "/organizations/statistics",
  "/patronages",
  // the cooperation programmes (lib/programmes): the list links each programme's page
  "/programmes",
];

/**
 * Who is checked, each in a test of its own (they run in parallel workers): where each starts, besides
 * the account menu (/api/me, from lib/auth/menu) of the logged-in. The demo's records in each of
 * their states are seeds, since a list page links the first of a kind only.
 */
const groups: { name: string; email: string | null; menu: boolean; seeds: (catalog: Catalog, sections: string[]) => string[] }[] = [
  {
    name: "visitor",
    email: null,
    menu: false,
    seeds: (c, sections) => [
      ...sections,
      ...visitorExtras,
      ...ids(c.competitions).map((id) => `/competitions/${id}`),
      ...ids(c.consultations).map((id) => `/consultations/${id}`),
      ...ids(c.meetings).map((id) => `/meetings/${id}`),
      // (the overdue one the city has not published is not public)
      `/small-grants/${c.smallGrants.inWindow.id}`,
      `/small-grants/${c.smallGrants.signed.id}`,
      `/contracts/${c.contracts.multiYear.id}`,
    ],
  },
  {
    name: "resident",
    email: "mieszkaniec@demo.test",
    menu: true,
    seeds: (c) => [...ids(c.consultations).map((id) => `/consultations/${id}`), ...ids(c.meetings).map((id) => `/meetings/${id}`)],
  },
  {
    name: "NGO representative",
    email: "ngo@demo.test",
    menu: true,
    seeds: (c) => [`/competitions/${c.competitions.open.id}`, `/organizations/${c.contracts.multiYear.organizationId}`],
  },
  { name: "commission member", email: "komisja@demo.test", menu: true, seeds: () => [] },
  { name: "administrator: the account menu", email: "admin@demo.test", menu: true, seeds: () => [] },
  {
    name: "administrator: competitions and contracts in each state",
    email: "admin@demo.test",
    menu: false,
    seeds: (c) => [
      ...ids(c.competitions).map((id) => `/admin/competitions/${id}`),
      ...ids(c.contracts).map((id) => `/admin/contracts/${id}`),
      ...ids(c.smallGrants).map((id) => `/admin/small-grants/${id}`),
      ...ids(c.consultations).map((id) => `/admin/consultations/${id}`),
      ...ids(c.meetings).map((id) => `/admin/meetings/${id}`),
    ],
  },
];

test.describe("phones: 390 px, no sideways scrolling, axe", () => {
  for (const group of groups) {
    test(group.name, async ({ page, loginAs, expectAccessible }) => {
      test.setTimeout(900_000);
      if (group.email) await loginAs(page, group.email);
      const sections = await mainSections(page);
      expect(sections.length, "sections of the main navigation").toBeGreaterThan(3);
      const menu = group.menu ? await accountMenu(page) : [];
      const seeds = [...menu, ...group.seeds(await demoCatalog(page.request), sections)];
      const { visited, failures } = await crawl(page, seeds, !!group.email, expectAccessible);
      console.log(`${group.name}: ${visited.length} pages\n  ${visited.map((v) => `${v.route}  ${v.path}`).join("\n  ")}`);
      expect(failures, `${failures.length} of ${visited.length} pages do not fit a phone or fail axe`).toEqual([]);
      for (const seed of seeds) expect(visited.map((v) => v.path)).toContain(new URL(seed, "http://x").pathname);
    });
  }
});
