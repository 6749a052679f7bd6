import { expect, setup, test } from "./fixtures";

test.describe("visitor", () => {
  test("home page, skip link, footer contact, accessibility statement", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Współpraca Miasta z organizacjami pozarządowymi");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("ul. Świętojańska 22/1, 15-082 Białystok");
    await expect(footer).toContainText("(85) 732 82 20");
    await expect(footer).toContainText("centrum@um.bialystok.pl");
    await expect(footer).toContainText("8:00–16:00");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Przejdź do treści" })).toBeFocused();
    await expectAccessible(page);
    await footer.getByRole("link", { name: "Deklaracja dostępności" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deklaracja dostępności");
    await expectAccessible(page);
  });

  test("switches language, each with its own URL and hreflang links", async ({ page, expectAccessible }) => {
    const response = await page.goto("/accessibility");
    expect(response?.headers()["link"]).toContain('hreflang="en"');
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/accessibility$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Polski" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/accessibility$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deklaracja dostępności");
  });

  test("404 pages in both languages without a stack trace", async ({ page, expectAccessible }) => {
    const pl = await page.goto("/nie-ma-takiej-strony");
    expect(pl?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
    await expectAccessible(page);
    const en = await page.goto("/en/no-such-page");
    expect(en?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.locator("body")).not.toContainText("Error:");
    // the benchmark's reference pages exist only when the server runs in benchmark mode
    for (const path of ["/reference/static", "/reference/dynamic", "/en/reference/session"])
      expect((await page.goto(path))?.status(), path).toBe(404);
  });

  test("a visitor opening a logged-in page is sent to log in", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fadmin%2Fusers/);
    await expect(page.getByRole("heading", { name: "Konta demonstracyjne" })).toBeVisible();
  });

  test("health, security headers and a public page served from the cache", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", database: "pglite", checks: { database: "ok", storage: "ok" } });
    await request.get("/accessibility");
    const page = await request.get("/accessibility");
    const headers = page.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-nextjs-cache"] ?? headers["x-nextjs-prerender"]).toBeTruthy();
    const me = await request.get("/api/me");
    expect(me.headers()["cache-control"]).toContain("no-store");
    expect((await me.json()).user).toBeNull();
  });
});

test.describe("accounts", () => {
  test("register: a refused form keeps what was typed; the new account must confirm its address first", async ({
    page,
    expectAccessible,
  }) => {
    const email = `nowa.osoba.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
    await page.goto("/register");
    await expectAccessible(page);
    // A refused form keeps what was typed and explains each error at the field.
    await page.getByLabel("Imię i nazwisko").fill("Ewa Nowacka");
    await page.getByLabel("E-mail").fill("to-nie-jest-adres");
    await page.getByLabel("Hasło", { exact: true }).fill("krotkie");
    await page.getByRole("button", { name: "Załóż konto" }).click();
    const summary = page.getByRole("alert", { name: "Popraw błędy w formularzu" });
    await expect(summary).toContainText("Popraw błędy w formularzu");
    await expect(summary).toContainText("Wpisz adres e-mail w poprawnym formacie");
    await expect(summary).toContainText("Hasło musi mieć co najmniej 10 znaków");
    await expect(summary).toContainText("Zaakceptuj regulamin");
    await expect(page.getByLabel("Imię i nazwisko")).toHaveValue("Ewa Nowacka");
    await expectAccessible(page);

    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Hasło", { exact: true }).fill("Zielone jabłko 2026");
    await page.getByLabel("Powtórz hasło").fill("Zielone jabłko 2026");
    await page.getByLabel(/Akceptuję regulamin/).check();
    await page.getByRole("button", { name: "Załóż konto" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");
    await expectAccessible(page);

    // Not verified yet: the log-in says so.
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Hasło").fill("Zielone jabłko 2026");
    await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Najpierw potwierdź adres e-mail");
    await page.getByRole("link", { name: "Wyślij link ponownie" }).click();
    await expect(page.getByLabel("E-mail")).toHaveValue(email);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Wyślij link ponownie" }).click();
    await expect(page.getByRole("status")).toContainText("wysłaliśmy nowy link");
  });

  test("verify by the link of the mail in the outbox, then log in", async ({ page, as, request, loginAs, expectAccessible }) => {
    // an account of its own that registered and has not verified yet
    const person = await setup(request, "accounts.unverified");
    // The administrator reads the message in the outbox and passes the link on.
    const admin = await as("admin@demo.test");
    await admin.goto(`/admin/outbox?to=${encodeURIComponent(person.email)}`);
    await expectAccessible(admin);
    await expect(admin.getByRole("link", { name: "Potwierdź adres e-mail w platformie Wspólnie" })).toHaveCount(1);
    await admin.getByRole("link", { name: "Potwierdź adres e-mail w platformie Wspólnie" }).click();
    await expectAccessible(admin);
    const link = await admin.getByRole("link", { name: /verify-email\?token=/ }).getAttribute("href");
    expect(link).toBeTruthy();

    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await expect(page.getByRole("status")).toHaveText("Adres e-mail został potwierdzony. Możesz się zalogować.");
    await loginAs(page, person.email, person.password);
    // log-in lands on the "to do" page; a new account has nothing waiting
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Do zrobienia");
    await expect(page.getByText("Nic na Ciebie nie czeka.")).toBeVisible();
    await page.getByRole("link", { name: "Moje konto: dane, hasło i prywatność" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje konto");
    await expect(page.getByText("mieszkaniec", { exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("a wrong password gets one generic message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mail").fill("mieszkaniec@demo.test");
    await page.getByLabel("Hasło").fill("zle-haslo-123");
    await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Nie udało się zalogować");
    await expect(page.getByLabel("E-mail")).toHaveValue("mieszkaniec@demo.test");
  });
});

const menus: Record<string, { has: string[]; hasNot: string[] }> = {
  "admin@demo.test": {
    has: ["Do zrobienia", "Moje konto", "Panel administracyjny", "Użytkownicy", "Dziennik zdarzeń", "Skrzynka wiadomości"],
    hasNot: [],
  },
  "ngo@demo.test": { has: ["Do zrobienia", "Moje konto", "Moje organizacje"], hasNot: ["Panel administracyjny", "Moje komisje"] },
  "ngo2@demo.test": { has: ["Do zrobienia", "Moje konto", "Moje organizacje"], hasNot: ["Panel administracyjny"] },
  "komisja@demo.test": { has: ["Do zrobienia", "Moje konto", "Moje komisje"], hasNot: ["Panel administracyjny", "Moje organizacje"] },
  "mieszkaniec@demo.test": {
    has: ["Do zrobienia", "Moje konto", "Moje porady"],
    hasNot: ["Panel administracyjny", "Moje organizacje", "Moje komisje", "Sale Centrum", "Doradztwo Centrum"],
  },
  "centrum@demo.test": {
    has: [
      "Do zrobienia",
      "Sale Centrum",
      "Doradztwo Centrum",
      "Lokale dla organizacji",
      "Obsługa wydarzeń i szkoleń",
      "Redakcja aktualności",
    ],
    hasNot: ["Panel administracyjny", "Użytkownicy", "Moje organizacje"],
  },
};

test.describe("each demo account sees its role's menu", () => {
  for (const [email, menu] of Object.entries(menus)) {
    test(email, async ({ page, loginAs, expectAccessible }) => {
      await loginAs(page, email);
      await page.getByRole("button", { name: /Menu konta/ }).click();
      const items = page.getByRole("menuitem");
      for (const label of menu.has) await expect(items.filter({ hasText: label })).toHaveCount(1);
      for (const label of menu.hasNot) await expect(items.filter({ hasText: label })).toHaveCount(0);
      await expectAccessible(page);
      await page.keyboard.press("Escape");
    });
  }

  test("the NGO representative sees their organisation, the commission member their commission", async ({
    page,
    loginAs,
    expectAccessible,
  }) => {
    await loginAs(page, "ngo@demo.test");
    await page.goto("/account/organizations");
    await expect(page.getByRole("cell", { name: /SocLab/ })).toBeVisible();
    await expect(page.getByRole("cell", { name: "właściciel" })).toBeVisible();
    await expectAccessible(page);
    await page.context().clearCookies();
    await loginAs(page, "komisja@demo.test");
    await page.goto("/account/commissions");
    await expect(page.getByRole("cell", { name: "ocena merytoryczna" }).first()).toBeVisible();
    await expectAccessible(page);
  });
});

test("log out from the account menu", async ({ page, loginAs, expectAccessible }) => {
  await loginAs(page, "ngo2@demo.test");
  await page.getByRole("button", { name: /Menu konta/ }).click();
  await page.getByRole("menuitem", { name: "Wyloguj się" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wylogowano." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zaloguj się" }).first()).toBeVisible();
  await expectAccessible(page);
  const response = await page.goto("/account");
  expect(response?.url()).toContain("/login");
});

test.describe("refusals", () => {
  test("a resident opening the admin pages gets a 403 page, not the data", async ({ page, loginAs, expectAccessible }) => {
    await loginAs(page, "mieszkaniec@demo.test");
    for (const path of ["/admin", "/admin/users", "/admin/audit", "/admin/outbox"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
      await expect(page.locator("main")).not.toContainText("admin@demo.test");
    }
    await expectAccessible(page);
  });

  test("an NGO representative cannot use the admin API of users", async ({ page, loginAs }) => {
    await loginAs(page, "ngo@demo.test");
    const response = await page.goto("/en/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No access");
  });
});

test.describe("administrator", () => {
  test("finds a user, deactivates and reactivates the account, and sees it in the audit log", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const person = await setup(request, "accounts.resident");
    await loginAs(page, "admin@demo.test");
    await page.goto("/admin/users");
    await expectAccessible(page);
    await page.getByLabel("Szukaj po imieniu, nazwisku lub adresie e-mail").fill(person.email);
    await page.getByRole("button", { name: "Szukaj" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(person.email).replace(/\./g, "\\.")}`));
    await expect(page.getByRole("status").first()).toHaveText("1 konto");
    await page.getByRole("button", { name: `Zablokuj konto: ${person.name}` }).click();
    await expect(page.getByRole("button", { name: `Odblokuj konto: ${person.name}` })).toBeVisible();

    // The blocked person cannot log in.
    const blocked = await as(null);
    await blocked.goto("/login");
    await blocked.getByLabel("E-mail").fill(person.email);
    await blocked.getByLabel("Hasło").fill(person.password);
    await blocked.getByRole("button", { name: "Zaloguj się", exact: true }).click();
    await expect(blocked.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Nie udało się zalogować");

    await page.getByRole("button", { name: `Odblokuj konto: ${person.name}` }).click();
    await expect(page.getByRole("button", { name: `Zablokuj konto: ${person.name}` })).toBeVisible();

    await page.goto("/admin/audit?action=user.deactivate");
    await expect(page.getByRole("cell", { name: `Anna Pawłowska — zablokowanie konta „${person.name}”` }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "admin@demo.test" }).first()).toBeVisible();
    await expectAccessible(page);
  });
});
