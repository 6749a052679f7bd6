import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, loginAs, test, waitForHydration } from "./fixtures";

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, email);
  return page;
}

/** The admin creates a meeting through the form; returns its id and title. */
async function createMeeting(admin: Page, capacity: number) {
  const title = `Warsztat testowy ${randomBytes(3).toString("hex")}`;
  await admin.goto("/admin/meetings/new");
  await expectAccessible(admin);
  await admin.getByLabel("Rodzaj spotkania").selectOption("workshop");
  await admin.getByLabel("Tytuł").fill(title);
  await admin.getByLabel("Miejsce").fill("Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1");
  await admin.getByLabel("Początek").fill("2027-03-10T17:00");
  await admin.getByLabel("Koniec").fill("2027-03-10T19:00");
  await admin.getByLabel("Liczba miejsc").fill(String(capacity));
  await admin.getByRole("button", { name: "Utwórz spotkanie" }).click();
  await expect(admin).toHaveURL(/\/admin\/meetings\/[0-9a-f-]{36}$/);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(admin);
  const id = /\/admin\/meetings\/([0-9a-f-]{36})$/.exec(admin.url())![1];
  return { id, title };
}

test("public list and meeting page, with the calendar file", async ({ page, request }) => {
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Spotkania");
  await expect(page.getByRole("heading", { name: "Najbliższe spotkania" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Śniadanie Obywatelskie: program współpracy 2027" }).click();
  await expect(page.getByRole("heading", { name: "Protokół" })).toBeVisible();
  await expect(page.getByText("ul. Świętojańska 22/1").first()).toBeVisible();
  await expectAccessible(page);

  const link = page.getByRole("link", { name: "Dodaj do kalendarza (.ics)" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^meeting-[0-9a-f-]{36}\.ics$/);

  const href = (await link.getAttribute("href"))!;
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const body = await response.text();
  expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(body).toContain("\r\nDTSTART:20261017T070000Z\r\n");
  expect(body).toContain("\r\nDTEND:20261017T090000Z\r\n");
  expect(body).toMatch(/\r\nUID:meeting-[0-9a-f-]{36}@wspolnie\r\n/);
  expect(body).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(body.replace(/\r\n /g, "")).toContain(
    "LOCATION:Centrum Współpracy Organizacji Pozarządowych\\, ul. Świętojańska 22/1\\, 15-082 Białystok",
  );
  expect(body.replace(/\r\n/g, "")).not.toMatch(/\n/);
});

test("registration, refusal of a second one, waiting list and promotion after a cancellation", async ({ browser }) => {
  test.slow(); // several people log in, axe on every page
  const admin = await as(browser, "admin@demo.test");
  const { id, title } = await createMeeting(admin, 1);

  const first = await as(browser, "mieszkaniec@demo.test");
  await first.goto(`/meetings/${id}`);
  await expectAccessible(first);
  await first.getByRole("link", { name: "Zapisz się", exact: true }).click();
  await expect(first).toHaveURL(new RegExp(`/meetings/${id}/registration$`));
  await expectAccessible(first);
  // A second tab with the form still open, to try registering twice.
  const secondTab = await first.context().newPage();
  await secondTab.goto(`/meetings/${id}/registration`);
  await first.getByRole("button", { name: "Zapisz się na spotkanie" }).click();
  // The page is refreshed by the action and shows the person's place.
  await expect(first.getByText("Masz miejsce na tym spotkaniu.")).toBeVisible();
  await secondTab.getByRole("button", { name: "Zapisz się na spotkanie" }).click();
  await expect(secondTab.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Jesteś już zapisany(-a)");
  await expectAccessible(secondTab);

  const second = await as(browser, "robert.dabrowski@demo.test");
  await second.goto(`/meetings/${id}/registration`);
  await expect(second.getByText("Wszystkie miejsca są zajęte.")).toBeVisible();
  await second.getByRole("button", { name: "Zapisz się na listę rezerwową" }).click();
  await expect(second.getByText(/Jesteś na liście rezerwowej \(miejsce 1\)\./)).toBeVisible();
  await expectAccessible(second);

  await first.reload();
  await expect(first.getByText("Masz miejsce na tym spotkaniu.")).toBeVisible();
  await first.getByRole("button", { name: "Zrezygnuj z udziału" }).click();
  // The seat went to the first on the waiting list: the page now offers the waiting list.
  await expect(first.getByRole("button", { name: "Zapisz się na listę rezerwową" })).toBeVisible();

  await second.reload();
  await expect(second.getByText("Masz miejsce na tym spotkaniu.")).toBeVisible();

  await admin.goto(`/admin/outbox?to=${encodeURIComponent("robert.dabrowski@demo.test")}`);
  await expect(admin.getByRole("link", { name: `Masz miejsce na spotkaniu: ${title}` })).toBeVisible();
  await expectAccessible(admin);
  await admin.goto(`/admin/meetings/${id}`);
  await expect(admin.getByRole("heading", { name: "Uczestnicy: 1 z 1, lista rezerwowa: 0" })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "robert.dabrowski@demo.test" })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "mieszkaniec@demo.test" })).toHaveCount(0);
  await expectAccessible(admin);
});

test("a resident cannot open the administration of meetings", async ({ page }) => {
  await loginAs(page, "ngo2@demo.test");
  for (const path of ["/admin/meetings", "/admin/meetings/new", "/admin/surveys"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    await expectAccessible(page);
  }
});

test("a visitor is asked to log in before registering", async ({ page }) => {
  await page.goto("/meetings");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Warsztat: jak napisać ofertę w otwartym konkursie" }).click();
  await expect(page.getByText("zajęte 2 z 3; lista rezerwowa: 0")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Zapisz się", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await expectAccessible(page);
});

test("refused from the outside: a seat beyond the capacity of a full meeting", async ({ browser }) => {
  const resident = await as(browser, "agnieszka.lewandowska@demo.test");
  await resident.goto("/meetings");
  await expectAccessible(resident);
  await resident.getByRole("link", { name: "Warsztat: dostępność wydarzeń (komplet)" }).click();
  await expect(resident).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  const fullId = /([0-9a-f-]{36})$/.exec(resident.url())![1];
  await expectAccessible(resident);
  await resident.goto(`/meetings/${fullId}/registration`);
  await expect(resident.getByText("Miejsca: zajęte 1 z 1. Lista rezerwowa: 0.")).toBeVisible();
  await expect(resident.getByRole("button", { name: "Zapisz się na spotkanie" })).toHaveCount(0);
  await expectAccessible(resident);

  // the registration form of a meeting with free seats, pointed at the full one
  await resident.goto("/meetings");
  await resident.getByRole("link", { name: "Spotkanie otwarte: zasady Budżetu Obywatelskiego" }).click();
  await expect(resident).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await resident.goto(`${resident.url()}/registration`);
  await expectAccessible(resident);
  await waitForHydration(resident); // React would reset the field while hydrating
  const field = resident.locator('input[name="meetingId"]');
  await field.evaluate((el, id) => ((el as HTMLInputElement).value = id), fullId);
  await expect(field).toHaveValue(fullId);
  await resident.getByRole("button", { name: "Zapisz się na spotkanie" }).click();
  // no seat beyond the capacity: the request only joins the waiting list
  await expect(resident.getByText("Zapisano na listę rezerwową.")).toBeVisible();
  await resident.goto(`/meetings/${fullId}/registration`);
  await expect(resident.getByText("Miejsca: zajęte 1 z 1. Lista rezerwowa: 1.")).toBeVisible();
  await expect(resident.getByText(/Jesteś na liście rezerwowej \(miejsce 1\)\./)).toBeVisible();
  await expectAccessible(resident);
});
