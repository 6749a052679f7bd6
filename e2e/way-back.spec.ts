import { demoCatalog, expect, expectAccessible, test } from "./fixtures";

/*
 * The way back: a visitor who wants to comment registers on the way, mistypes the address,
 * corrects it, verifies and logs in — and lands on the consultation they started from.
 */
test("register → correct the address → verify → log in, back on the consultation", async ({ page, as, request }) => {
  const { consultations } = await demoCatalog(request);
  const stamp = `${Date.now()}-${test.info().workerIndex}`;
  const typo = `ewa.${stamp}@exmaple.test`;
  const email = `ewa.${stamp}@example.test`;
  const password = "Lipowa ulica 2026";

  await page.goto("/consultations");
  await page.getByRole("link", { name: consultations.open.title }).click();
  await expect(page).toHaveURL(/\/consultations\/[0-9a-f-]{36}$/);
  const consultationUrl = new URL(page.url()).pathname;
  await page
    .getByRole("link", { name: /Zaloguj się, aby/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await page.getByRole("main").getByRole("link", { name: "Załóż konto" }).click();
  await expect(page).toHaveURL(/\/register\?returnTo=/);

  // the terms checkbox links the terms and the privacy notice
  await expect(page.getByRole("link", { name: "regulamin platformy" })).toHaveAttribute("href", "/terms");
  await expect(page.getByRole("link", { name: "zasady przetwarzania danych osobowych" })).toHaveAttribute("href", "/privacy");
  // empty required fields: the error summary answers, not the browser's bubbles
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Zaakceptuj regulamin");

  await page.getByLabel("Imię i nazwisko").fill("Ewa Lipowa");
  await page.getByLabel("E-mail").fill(typo);
  await page.getByLabel("Hasło", { exact: true }).fill(password);
  await page.getByLabel("Powtórz hasło").fill(password);
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");
  await expect(page.getByText(typo)).toBeVisible();
  await expect(page.getByRole("button", { name: "Wyślij link ponownie" })).toBeVisible();
  await expectAccessible(page);

  // the address was mistyped: corrected here, with the password
  const change = page.getByRole("region", { name: "Pomyłka w adresie?" });
  await expect(change.getByLabel("E-mail", { exact: true })).toHaveValue(typo);
  await change.getByLabel("Hasło").fill("to nie to hasło");
  await change.getByLabel("Poprawny adres e-mail").fill(email);
  await change.getByRole("button", { name: "Zmień adres i wyślij link" }).click();
  await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("nie pasują do konta");
  await expect(change.getByLabel("Poprawny adres e-mail")).toHaveValue(email);
  await change.getByLabel("Hasło").fill(password);
  await change.getByRole("button", { name: "Zmień adres i wyślij link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adres został zmieniony." })).toBeVisible();
  await expect(page.getByText(`Wysłaliśmy wiadomość na adres ${email}`)).toBeVisible();
  await expectAccessible(page);

  // the link in the mail (read by the administrator in the outbox) carries the way back
  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: "Potwierdź adres e-mail w platformie Wspólnie" }).click();
  const link = await admin.getByRole("link", { name: /verify-email\?token=/ }).getAttribute("href");
  const url = new URL(link!);
  expect(url.searchParams.get("returnTo")).toBe(consultationUrl);

  await page.goto(url.pathname + url.search);
  await expect(page.getByRole("status")).toHaveText("Adres e-mail został potwierdzony. Możesz się zalogować.");
  await expectAccessible(page);
  await page.getByRole("main").getByRole("link", { name: "Zaloguj się" }).click();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${consultationUrl}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(consultations.open.title);
});

test("the terms of use are a page of their own, linked from the footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Regulamin" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regulamin platformy Wspólnie");
  await expect(page.getByRole("heading", { name: /§ 3\. Konto/ })).toBeVisible();
  await expectAccessible(page);
});
