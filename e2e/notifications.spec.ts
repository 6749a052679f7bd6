import type { Page } from "@playwright/test";
import { expect, expectAccessible, setup, test, waitForHydration } from "./fixtures";

test("a resident answers the survey of an open consultation once; a second time is refused", async ({ as, request }) => {
  // an open consultation of its own, with the demo's survey and four answers
  const survey = await setup(request, "surveys.open");
  const person = await setup(request, "accounts.resident");
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/surveys");
  await expectAccessible(admin);
  const open = admin
    .locator('tr[data-phase="open"]')
    .filter({ hasText: survey.title })
    .filter({ has: admin.getByRole("link", { name: /^Otwórz ankietę/ }) });
  await expect(open).toHaveCount(1);
  const surveyPath = (await open.getByRole("link", { name: /^Otwórz ankietę/ }).getAttribute("href"))!;
  expect(surveyPath).toMatch(/\/consultations\/[0-9a-f-]{36}\/survey$/);

  const resident = await as(person.email, person.password);
  await resident.goto(surveyPath);
  await expectAccessible(resident);
  const secondTab = await resident.context().newPage();
  await secondTab.goto(surveyPath);
  await waitForHydration(secondTab);

  // A refused, incomplete form first: the summary links to the question.
  await resident.getByRole("button", { name: "Wyślij odpowiedzi" }).click();
  await expect(resident.getByRole("alert", { name: "Popraw błędy w formularzu" })).toBeVisible();
  await expectAccessible(resident);

  const fill = async (page: Page) => {
    await page.getByRole("radio", { name: "Od organizacji pozarządowej" }).check();
    await page.getByRole("checkbox", { name: "Ekologia" }).check();
    await page.getByRole("checkbox", { name: "Kultura" }).check();
    await page.getByRole("radio", { name: "4", exact: true }).check();
    await page.getByLabel(/Co jeszcze chcesz przekazać miastu/).fill("Więcej spotkań wieczorem.");
    await page.getByRole("button", { name: "Wyślij odpowiedzi" }).click();
  };
  await fill(resident);
  // The action refreshes the page, which now says the survey has this person's answer.
  await expect(resident.getByText("Ta ankieta ma już Twoją odpowiedź.")).toBeVisible();

  await fill(secondTab);
  await expect(secondTab.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Można odpowiedzieć tylko raz");

  await resident.reload();
  await expect(resident.getByText("Ta ankieta ma już Twoją odpowiedź.")).toBeVisible();
  await expectAccessible(resident);

  await admin.goto(surveyPath.replace(/^(.*)\/consultations\/([^/]+)\/survey$/, "$1/admin/surveys/$2"));
  await expect(admin.getByRole("heading", { name: `Wyniki dotąd (${survey.responses + 1} odpowiedzi)` })).toBeVisible();
  await expectAccessible(admin);
});

test("follow an area, then unsubscribe with the link from the mail, without logging in", async ({ as, request }) => {
  const person = await setup(request, "accounts.resident");
  const email = person.email;
  const resident = await as(email, person.password);
  await resident.goto("/account/notifications");
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Powiadomienia");
  await expectAccessible(resident);
  await resident.getByLabel("Obszar zadań publicznych").selectOption("tourism");
  await resident.getByRole("button", { name: "Obserwuj obszar" }).click();
  await expect(resident.getByText("Obserwujesz. Wysłaliśmy potwierdzenie e-mailem.")).toBeVisible();
  await resident.reload();
  await expect(resident.getByRole("button", { name: "Przestań obserwować: Turystyka i krajoznawstwo" })).toBeVisible();

  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Obserwujesz: Turystyka i krajoznawstwo" }).first().click();
  await expectAccessible(admin);
  const href = (await admin.getByRole("link", { name: /\/unsubscribe\// }).getAttribute("href"))!;
  expect(href).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]{44,}$/);

  const visitor = await as(null);
  // A tampered link is refused and changes nothing.
  await visitor.goto(href.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Link jest nieprawidłowy");
  await expectAccessible(visitor);
  await resident.reload();
  await expect(resident.getByRole("button", { name: "Przestań obserwować: Turystyka i krajoznawstwo" })).toBeVisible();

  // Opening the link changes nothing (mail scanners open links too); one click unsubscribes.
  await visitor.goto(href);
  await visitor.getByRole("button", { name: "Wypisz mnie" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Wypisano");
  await expect(visitor.getByText("Nie będziesz już dostawać wiadomości o konsultacjach w tym obszarze.")).toBeVisible();
  await expectAccessible(visitor);

  await resident.reload();
  await expect(resident.getByRole("button", { name: "Przestań obserwować: Turystyka i krajoznawstwo" })).toHaveCount(0);
});

test("only an administrator may run the digests", async ({ as, request }) => {
  const anonymous = await request.post("/api/admin/digests/run");
  expect(anonymous.status()).toBe(401);
  const resident = await as("mieszkaniec@demo.test");
  const refused = await resident.request.post("/api/admin/digests/run");
  expect(refused.status()).toBe(403);
  const admin = await as("admin@demo.test");
  const ran = await admin.request.post("/api/admin/digests/run");
  expect(ran.status()).toBe(200);
  expect(await ran.json()).toMatchObject({ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
});
