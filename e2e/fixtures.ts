/**
 * The shared Playwright test for the journeys:
 *
 *   import { test, expect } from "./fixtures";
 *   test("...", async ({ page, loginAs, expectAccessible }) => {
 *     await loginAs(page, "admin@example.org");
 *     await expectAccessible(page);
 *   });
 *
 * The helpers are also exported as plain functions.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** The password of every demo account (shown on the log-in page in demo mode). */
export const demoPassword = "Demo-2026!";

export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

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
 * /api/me), so once it shows, React owns the page and will not reset a field changed by a test.
 */
export async function waitForHydration(page: Page) {
  await expect(page.getByRole("button", { name: /Menu konta|Account menu/ })).toBeVisible();
}

/** Runs axe with the WCAG 2.1 A/AA rules on the page as it is now; fails listing each violation. */
export async function expectAccessible(page: Page, options: { exclude?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
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

interface Fixtures {
  loginAs: typeof loginAs;
  expectAccessible: typeof expectAccessible;
  /** Fails a test whose pages hit a translation the browser was not sent (see lib/i18n/client-messages.ts). */
  noMissingMessages: void;
}

export const test = base.extend<Fixtures>({
  // (Playwright's fixture callback is named `provide` here, not `use`, for the React hooks lint rule.)
  loginAs: async ({}, provide) => {
    await provide(loginAs);
  },
  expectAccessible: async ({}, provide) => {
    await provide(expectAccessible);
  },
  noMissingMessages: [
    async ({ context }, provide) => {
      const missing: string[] = [];
      context.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("MISSING_MESSAGE"))
          missing.push(`${message.page()?.url()}: ${message.text().split("\n")[0]}`);
      });
      await provide();
      expect(missing, "texts missing in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
