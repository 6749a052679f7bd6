/**
 * The "to do" page (lib/todo) for each role: log-in lands on it, and every item it shows leads
 * straight to its task. The demo's own state is read, never changed; items another journey adds or
 * removes meanwhile are taken as they come (each link is read from the page before it is followed).
 */
import type { Page } from "@playwright/test";
import { demoCatalog, demoPassword, expect, loginAs, setup, test } from "./fixtures";

type Check = (page: Page) => Promise<void>;

/** The links of the page's items, section by section, most urgent first. */
async function itemLinks(page: Page) {
  const links = page.getByRole("main").getByRole("region").getByRole("listitem").getByRole("link");
  const found: { name: string; href: string }[] = [];
  for (const link of await links.all()) found.push({ name: (await link.textContent())!.trim(), href: (await link.getAttribute("href"))! });
  return found;
}

/** The page an item leads to, whatever record it is about: "/account/contracts/:id?tab=reports". */
const kindOf = (href: string) => href.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id");

/**
 * Follows one item's link of each kind of task page from the to-do page and checks it opened that
 * task's page (items of one kind share their page; visiting each record's would only repeat it).
 */
async function reachEachItem(page: Page, expectAccessible: Check) {
  const items = await itemLinks(page);
  expect(items.length, "items on the to-do page").toBeGreaterThan(0);
  const firstOfEachKind = new Map<string, (typeof items)[number]>();
  for (const item of items) if (!firstOfEachKind.has(kindOf(item.href))) firstOfEachKind.set(kindOf(item.href), item);
  for (const item of firstOfEachKind.values()) {
    await page.goto("/account/todo");
    await page.getByRole("link", { name: item.name, exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search, { message: item.name }).toBe(item.href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Nie znaleziono strony|Brak dostępu/);
    await expectAccessible(page);
  }
}

async function landsOnTodo(page: Page, email: string, expectAccessible: Check) {
  await loginAs(page, email);
  await expect(page).toHaveURL(/\/account\/todo$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Do zrobienia");
  await expectAccessible(page);
}

test("a visitor is sent to log in and comes back to the to-do page", async ({ page }) => {
  await page.goto("/account/todo");
  await expect(page).toHaveURL(/\/login\?returnTo=%2Faccount%2Ftodo$/);
  await page.getByLabel("E-mail").fill("ngo2@demo.test");
  await page.getByLabel("Hasło").fill(demoPassword);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/todo$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Do zrobienia");
});

test("the NGO representative finds the overdue reports first and reaches every task", async ({ page, request, expectAccessible }) => {
  const { contracts } = await demoCatalog(request);
  await landsOnTodo(page, "ngo@demo.test", expectAccessible);
  const organizations = page.getByRole("region", { name: /Twoje organizacje/ });
  // most urgent first: the list opens with something overdue (other journeys may add a report
  // returned for correction to the demo's contracts, overdue longer than the demo's own)
  await expect(organizations.getByRole("listitem").first()).toContainText("Po terminie");
  const overdueName = `Sprawozdanie końcowe niezłożone w terminie — umowa ${contracts.soclabOverdueReport.number}`;
  const overdue = organizations.getByRole("link", { name: overdueName });
  await expect(overdue).toBeVisible();
  await expect(organizations.getByRole("listitem").filter({ hasText: overdueName })).toContainText("Po terminie");
  await overdue.click();
  await expect(page).toHaveURL(new RegExp(`/account/contracts/${contracts.soclabOverdueReport.id}/reports/[0-9a-f-]{36}$`));
  await page.goto("/account/todo");
  await reachEachItem(page, expectAccessible);
});

test("the commission member reaches every task of her commissions", async ({ page, expectAccessible }) => {
  await landsOnTodo(page, "komisja@demo.test", expectAccessible);
  await expect(page.getByRole("region", { name: /Komisje konkursowe/ })).toBeVisible();
  await reachEachItem(page, expectAccessible);
});

test("the administrator reaches every task, overdue reports among them", async ({ page, expectAccessible }) => {
  await landsOnTodo(page, "admin@demo.test", expectAccessible);
  const administration = page.getByRole("region", { name: /Administracja/ });
  await expect(administration.getByRole("link", { name: "Sprawozdania niezłożone w terminie" })).toBeVisible();
  await expect(administration.getByRole("link", { name: "Organizacje do weryfikacji" })).toBeVisible();
  await reachEachItem(page, expectAccessible);
});

test("the Centre's staff reach the bookings and the premises applications waiting for them", async ({ page, expectAccessible }) => {
  await landsOnTodo(page, "centrum@demo.test", expectAccessible);
  const centre = page.getByRole("region", { name: /Centrum Współpracy/ });
  await expect(centre.getByRole("link", { name: "Rezerwacje sal czekają na decyzję" })).toBeVisible();
  await expect(centre.getByRole("link", { name: "Wnioski o lokale użytkowe czekają na decyzję" })).toBeVisible();
  await reachEachItem(page, expectAccessible);
});

test("the resident finds the meeting she registered for and opens it", async ({ page, expectAccessible }) => {
  await landsOnTodo(page, "mieszkaniec@demo.test", expectAccessible);
  const residentSection = page.getByRole("region", { name: /Konsultacje i spotkania/ });
  await expect(residentSection.getByRole("link", { name: "Zapis na spotkanie: Spotkanie otwarte w ramach konsultacji" })).toBeVisible();
  await expect(residentSection).toContainText("Początek:");
  await reachEachItem(page, expectAccessible);
});

test("a person with nothing waiting is told so", async ({ page, request, expectAccessible }) => {
  const person = await setup(request, "accounts.resident");
  await loginAs(page, person.email, person.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Do zrobienia");
  await expect(page.getByRole("status")).toContainText("Nic na Ciebie nie czeka.");
  await expectAccessible(page);
});
