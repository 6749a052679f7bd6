/**
 * The shared Playwright test for the journeys:
 *
 *   import { test, expect } from "./fixtures";
 *   test("...", async ({ page, as, request, loginAs, expectAccessible }) => {
 *     const meeting = await setup(request, "meetings.full");   // records of the test's own
 *     const resident = await as("mieszkaniec@demo.test");      // another person, in a context of their own
 *     await loginAs(page, "admin@example.org");
 *     await expectAccessible(page);
 *   });
 *
 * A journey that changes something works on records it made itself (`setup`, served by the
 * test-only route app/api/testing/fixtures from tests/fixtures), so a retry or another worker never
 * meets its leftovers and the public demo stays as seeded. Journeys read the demo through
 * `demoCatalog` (its records' numbers and titles of the day it was seeded).
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from "@playwright/test";
import type { FixtureName, FixtureParams, FixtureResult } from "../tests/fixtures";

/** The password of every demo account (shown on the log-in page in demo mode). */
export const demoPassword = "Demo-2026!";

export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** What a fixture's result becomes on the way through JSON. */
type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

/** Makes fresh records for one test through the app's own commands (tests/fixtures), e.g. `setup(request, "meetings.full")`. */
export async function setup<N extends FixtureName>(
  request: APIRequestContext,
  name: N,
  params?: FixtureParams<N>,
): Promise<Json<FixtureResult<N>>> {
  const response = await request.post(`/api/testing/fixtures/${name}`, { data: params ?? {}, timeout: 60_000 });
  if (!response.ok()) throw new Error(`fixture ${name}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Json<FixtureResult<N>>;
}

/** The demo's records of today (numbers and titles carry the years of the day the demo was seeded). */
export const demoCatalog = (request: APIRequestContext) => setup(request, "demo.catalog");

/** Logs in through the form, as a person would, and waits until the log-in page is left. */
export async function loginAs(page: Page, email: string, password = demoPassword) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page, `log-in as ${email} did not leave the log-in page`).not.toHaveURL(/\/login(?:[?#]|$)/);
}

/**
 * Waits until a logged-in page is hydrated: the account menu is rendered in the browser only (from
 * /api/me), so once it shows, React owns the page and a click reaches its handlers.
 */
export async function waitForHydration(page: Page) {
  await expect(page.getByRole("button", { name: /Menu konta|Account menu/ })).toBeVisible();
}

/**
 * Clicks a submit button of a form that stays on the page and waits until its action has finished,
 * the redirect after it included (the button is disabled while the form is pending). A notice still
 * on the page from an earlier submit (the same "saved" text) would otherwise pass for this one, and an
 * action sent while the redirect is still being applied has its answer dropped by the router.
 */
export async function submitAndWait(page: Page, button: Locator) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await button.click();
  await answered;
  await expect(button).toBeEnabled();
}

/**
 * Sends the page's form posts from now on with other records' ids in place of its own (`{ own: other }`),
 * as a crafted request would: the server must refuse it. Done on the wire, so React re-rendering the
 * form cannot undo it. Ids are of equal length, so the body keeps its size.
 */
export async function tamper(page: Page, replacements: Record<string, string>) {
  await page.route("**/*", async (route) => {
    const request = route.request();
    const body = request.postDataBuffer();
    if (request.method() !== "POST" || !body) return route.continue();
    let text = body.toString("latin1");
    for (const [from, to] of Object.entries(replacements)) text = text.replaceAll(from, to);
    return route.continue({ postData: Buffer.from(text, "latin1") });
  });
}

/**
 * Runs axe with the WCAG 2.1 A/AA rules on the page as it is now; fails listing each violation.
 * "Label in name" (2.5.3) is still marked experimental in axe, so it is switched on by name: a
 * voice-control user says what the button shows, and its accessible name must contain it.
 */
export async function expectAccessible(page: Page, options: { exclude?: string[] } = {}) {
  // options() replaces every option set before it: it comes first, the tags after it. Only the
  // violations are collected in full (axe's resultTypes): the other results cost a fifth of axe's time.
  let builder = new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } }, resultTypes: ["violations"] })
    .withTags(wcagTags);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const report = violations
    .map((v) => {
      const targets = v.nodes.map(
        (n) => `    ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
      );
      return `[${v.impact ?? "?"}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${targets.join("\n")}`;
    })
    .join("\n\n");
  expect(
    violations.map((v) => v.id),
    `accessibility violations on ${page.url()}:\n\n${report}\n`,
  ).toEqual([]);
}

/** Collects translations the browser was not sent (see lib/i18n/client-messages.ts). */
function watchMessages(context: BrowserContext, missing: string[]) {
  context.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("MISSING_MESSAGE"))
      missing.push(`${message.page()?.url()}: ${message.text().split("\n")[0]}`);
  });
}

interface Fixtures {
  loginAs: typeof loginAs;
  expectAccessible: typeof expectAccessible;
  /**
   * Another person in a browser context of their own, logged in (or a visitor: `as(null)`). The
   * contexts are closed when the test ends, never before, so no page is used after its context.
   */
  as: (email: string | null, password?: string) => Promise<Page>;
  /** Every page of the test: fails on a translation the browser was not sent. */
  missingMessages: string[];
}

export const test = base.extend<Fixtures>({
  // (Playwright's fixture callback is named `provide` here, not `use`, for the React hooks lint rule.)
  loginAs: async ({}, provide) => {
    await provide(loginAs);
  },
  expectAccessible: async ({}, provide) => {
    await provide(expectAccessible);
  },
  missingMessages: [
    async ({ context }, provide) => {
      const missing: string[] = [];
      watchMessages(context, missing);
      await provide(missing);
      expect(missing, "texts missing in the browser").toEqual([]);
    },
    { auto: true },
  ],
  as: async ({ browser, missingMessages }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (email, password) => {
      const context = await browser.newContext();
      contexts.push(context);
      watchMessages(context, missingMessages);
      const page = await context.newPage();
      if (email) await loginAs(page, email, password);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
