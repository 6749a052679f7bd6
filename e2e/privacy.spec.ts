import { readFile } from "node:fs/promises";
import { expect, setup, test } from "./fixtures";

test("a visitor finds the privacy notice in the footer and on the registration page", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Ochrona danych osobowych" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klauzula informacyjna o przetwarzaniu danych osobowych");
  await expect(page.getByText(/Prezydent Miasta Białegostoku/)).toBeVisible();
  await expect(page.getByText(/iod@um\.bialystok\.pl/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Okres przechowywania" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/en/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
  await expectAccessible(page);
  await page.goto("/register");
  await page.getByRole("link", { name: /klauzuli informacyjnej/ }).click();
  await expect(page).toHaveURL(/\/privacy$/);
});

test("a visitor cannot download anyone's data", async ({ request }) => {
  const response = await request.get("/api/account/export");
  expect(response.status()).toBe(401);
});

test("a resident downloads their data, deletes the account, and can no longer log in", async ({
  page,
  request,
  loginAs,
  expectAccessible,
}) => {
  const person = await setup(request, "accounts.resident");
  await loginAs(page, person.email, person.password);
  // log-in lands on "Do zrobienia"; the account page links the personal data
  await page.goto("/account");
  await page.getByRole("link", { name: "Twoje dane osobowe: pobieranie i usunięcie konta" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Twoje dane osobowe");
  await expect(page.getByText(/będą podpisane „Mieszkaniec”/)).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Pobierz dane (JSON)" }).click();
  const file = await (await download).path();
  const data = JSON.parse(await readFile(file, "utf8"));
  expect(data.account).toMatchObject({ id: person.id, email: person.email, name: person.name });
  expect(JSON.stringify(data)).not.toContain("passwordHash");

  // A wrong password deletes nothing.
  await page.getByLabel("Hasło").fill("nie-to-haslo");
  await page.getByLabel(/Rozumiem skutki/).check();
  await page.getByRole("button", { name: "Usuń konto na stałe" }).click();
  await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Obecne hasło jest nieprawidłowe.");
  await expectAccessible(page);

  await page.getByLabel("Hasło").fill(person.password);
  await page.getByLabel(/Rozumiem skutki/).check();
  await page.getByRole("button", { name: "Usuń konto na stałe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wylogowano." })).toBeVisible();
  expect((await page.goto("/account"))?.url()).toContain("/login");

  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Hasło").fill(person.password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Nie udało się zalogować");
  await expectAccessible(page);
});
