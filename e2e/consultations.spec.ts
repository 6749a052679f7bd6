import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, loginAs, test } from "./fixtures";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}

/** A Warsaw calendar date `days` from today, as YYYY-MM-DD. */
function warsawDate(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(Date.now() + days * 86400000));
}

async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement?.textContent ?? "").trim());
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

test("public list and the demo consultation", async ({ page }) => {
  await page.goto("/consultations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konsultacje społeczne");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027" }).click();
  await expect(page.getByRole("button", { name: "Skomentuj akapit 3" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kolejność").selectOption("oldest");
  await expect(page.getByRole("article").first()).toContainText("Prosimy o dopisanie do priorytetów badań");
  await page.getByRole("button", { name: "Pokaż 1 odpowiedź" }).first().click();
  await expect(page.getByText("Kwota w § 8 odpowiada projektowi budżetu")).toBeVisible();
});

test("a consultation from announcement to published report", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const title = `Konsultacje testowe ${randomBytes(3).toString("hex")}`;
  const admin = await as(browser, "admin@demo.test");
  await admin.goto("/admin/consultations/new");
  await expectAccessible(admin);
  await admin.getByLabel("Tytuł").fill(title);
  await admin.getByLabel("Przedmiot konsultacji").fill("Projekt uchwały");
  await admin.getByLabel("Cel konsultacji").fill("Zebranie opinii");
  await admin.getByLabel("Komórka prowadząca").fill("Biuro Pełnomocnika");
  await admin.getByLabel("Zasięg terytorialny").fill("Miasto Białystok");
  await admin.getByLabel("Data rozpoczęcia").fill(warsawDate(-1));
  await admin.getByLabel("Data zakończenia (włącznie)").fill(warsawDate(10));
  await admin.getByLabel("Sposób publikacji wyników").fill("Raport na platformie");
  await admin.getByLabel("Projekt dokumentu (Markdown)").fill("§ 1. Cel.\n\n§ 2. Zasady <script>alert(1)</script>.\n\n§ 3. Zakres.");
  await admin.getByRole("button", { name: "Utwórz konsultacje" }).click();
  await expect(admin).toHaveURL(/\/admin\/consultations\/[0-9a-f-]{36}$/);
  const id = /([0-9a-f-]{36})$/.exec(admin.url())![1];
  await expectAccessible(admin);

  // the administrator comments too (this comment will be reported)
  await admin.goto(`/consultations/${id}`);
  await admin.getByRole("textbox", { name: "Treść uwagi" }).fill("Uwaga administratora do zgłoszenia");
  await admin.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(admin.getByText("Uwaga administratora do zgłoszenia")).toBeVisible();

  // a resident comments on paragraph 2 with the keyboard only
  const resident = await as(browser, "mieszkaniec@demo.test");
  await resident.goto(`/consultations/${id}`);
  await expect(resident.getByText("§ 2. Zasady <script>alert(1)</script>.")).toBeVisible();
  await tabTo(resident, "Skomentuj akapit 2");
  await resident.keyboard.press("Enter");
  await expect(resident.getByRole("form", { name: "Uwaga do akapitu 2" })).toBeVisible();
  await resident.keyboard.type("Proszę doprecyzować zasady.");
  await tabTo(resident, "Wyślij uwagę");
  await resident.keyboard.press("Enter");
  await expect(resident.getByText("Proszę doprecyzować zasady.")).toBeVisible();
  await expect(resident.getByText("do akapitu 2")).toBeVisible();
  await expectAccessible(resident);

  // replies to the administrator's comment
  await resident.getByRole("button", { name: "Odpowiedz na uwagę autorstwa Anna Pawłowska" }).click();
  await resident.getByRole("textbox", { name: "Treść odpowiedzi" }).fill("Odpowiedź mieszkańca");
  await resident.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(resident.getByRole("button", { name: "Ukryj odpowiedzi" })).toBeVisible();
  await expect(resident.getByText("Odpowiedź mieszkańca")).toBeVisible();

  // supports once; a second support is refused
  await resident.getByRole("button", { name: "Poprzyj uwagę autorstwa Anna Pawłowska" }).first().click();
  await expect(resident.getByText("Dziękujemy, poparcie zapisane.")).toBeVisible();
  await resident.reload();
  await resident.getByRole("button", { name: "Poprzyj uwagę autorstwa Anna Pawłowska" }).first().click();
  await expect(resident.getByText("Uwagę można poprzeć tylko raz.")).toBeVisible();
  // nobody else's comment offers editing
  await expect(resident.getByRole("button", { name: "Edytuj" })).toHaveCount(1);

  // three reports hide the administrator's comment
  for (const [who, p] of [["mieszkaniec@demo.test", resident], ["ngo@demo.test", null], ["ngo2@demo.test", null]] as const) {
    const reporter = p ?? (await as(browser, who));
    await reporter.goto(`/consultations/${id}`);
    const item = reporter.getByRole("article", { name: "Anna Pawłowska" });
    await item.getByText("Zgłoś naruszenie").click();
    await item.getByLabel("Powód zgłoszenia").selectOption("spam");
    await item.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    // the third report hides the comment at once (and with it the form's message)
    await expect(item.getByText("Dziękujemy, zgłoszenie przyjęte.").or(item.getByText("Uwaga ukryta po zgłoszeniach"))).toBeVisible();
  }
  await page.goto(`/consultations/${id}`);
  await expect(page.getByText("Uwaga ukryta po zgłoszeniach")).toBeVisible();
  await expect(page.getByText("Uwaga administratora do zgłoszenia")).toHaveCount(0);
  await expectAccessible(page);

  // a resident is refused the administrator's pages (answering included)
  await resident.goto(`/admin/consultations/${id}`);
  await expect(resident.getByRole("heading", { level: 1 })).not.toHaveText(title);

  // the administrator restores, closes, answers everything and publishes
  await admin.goto("/admin/consultations/moderation");
  await expectAccessible(admin);
  const queued = admin.getByRole("listitem").filter({ hasText: "Uwaga administratora do zgłoszenia" });
  await queued.getByRole("button", { name: "Przywróć" }).click();
  // restored: it leaves the queue and is visible again
  await expect(queued).toHaveCount(0);
  await page.goto(`/consultations/${id}`);
  await expect(page.getByText("Uwaga administratora do zgłoszenia")).toBeVisible();
  await admin.goto(`/admin/consultations/${id}`);
  await admin.getByRole("button", { name: "Zakończ konsultacje" }).click();
  await expect(admin.getByText("Bez odpowiedzi: 3 uwagi.")).toBeVisible();
  await expectAccessible(admin);
  for (let i = 0; i < 3; i++) {
    const form = admin.getByRole("form", { name: /^Odpowiedź na uwagę/ }).nth(i);
    await form.getByLabel("Rozstrzygnięcie").selectOption("accepted");
    await form.getByLabel("Uzasadnienie").fill(`Uzasadnienie ${i + 1}`);
    await form.getByRole("button", { name: "Zapisz odpowiedź" }).click();
    await expect(form.getByText("Odpowiedź zapisana.")).toBeVisible();
  }
  await admin.reload();
  await expect(admin.getByText("Wszystkie uwagi mają odpowiedź.")).toBeVisible();
  await admin.getByLabel("Podsumowanie raportu").fill("Dziękujemy za udział.");
  await admin.getByRole("button", { name: "Opublikuj raport" }).click();
  await expect(admin.getByText("Raport opublikowany", { exact: true })).toBeVisible();

  // commenting on the closed consultation is not offered
  await resident.goto(`/consultations/${id}`);
  await expect(resident.getByRole("button", { name: "Skomentuj akapit 1" })).toHaveCount(0);
  await expect(resident.getByRole("button", { name: "Wyślij uwagę" })).toHaveCount(0);

  // a visitor reads the report
  await page.goto(`/consultations/${id}`);
  await page.getByRole("link", { name: "Przeczytaj raport z konsultacji" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Dziękujemy za udział.")).toBeVisible();
  await expect(page.getByText("Uzasadnienie 1", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  const csv = await page.request.get(`/api/v1/consultations/${id}/report.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Proszę doprecyzować zasady.");
  const api = await page.request.get(`/api/v1/consultations/${id}`);
  expect(JSON.stringify(await api.json())).not.toContain("@demo.test");
});
