import type { Page } from "@playwright/test";
import { expect, loginAs, setup, tamper, test, waitForHydration } from "./fixtures";
import { validKrs, validNip } from "../lib/organizations/testing";

const errorSummary = (page: Page) => page.getByRole("alert", { name: "Popraw błędy w formularzu" });
/** A 1 × 1 PNG. */
const tinyPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const unique = () => `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;

test.describe("organizations: registration, verification, joining, administration", () => {
  test("a person registers an organization, the administrator verifies it, it appears in the directory", async ({
    page,
    as,
    request,
    expectAccessible,
  }) => {
    const person = await setup(request, "accounts.resident");
    const name = `Fundacja Testów Obywatelskich ${unique()}`;
    const nip = validNip(100_000_000 + Math.floor(Math.random() * 800_000_000));
    await loginAs(page, person.email, person.password);
    await page.goto("/account/organizations");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Zarejestruj nową organizację" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zarejestruj organizację");
    await expectAccessible(page);

    // a typo in the NIP is explained by its check digit
    await page.getByLabel("Pełna nazwa").fill(name);
    await page.getByLabel("Forma prawna").selectOption("foundation");
    await page.locator("#field-nip").fill(nip.slice(0, 9) + ((Number(nip[9]) + 1) % 10));
    await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
    await expect(errorSummary(page)).toContainText("Ten NIP jest niepoprawny (nie zgadza się cyfra kontrolna)");
    await expect(page.getByLabel("Pełna nazwa")).toHaveValue(name);
    await expectAccessible(page);

    await page.locator("#field-nip").fill(`${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`);
    await page.getByLabel("Osiedle").selectOption("centrum");
    await page.getByRole("checkbox", { name: /Działalność na rzecz osób niepełnosprawnych/ }).check();
    await page.getByLabel("Misja", { exact: true }).fill("Uczymy mieszkańców, jak korzystać z usług publicznych.");
    await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText("czeka na weryfikację", { exact: true })).toBeVisible();
    await expectAccessible(page);

    // the same NIP again: "already here — ask to join"
    await page.goto("/organizations/new");
    await page.getByLabel("Pełna nazwa").fill(`${name} (kopia)`);
    await page.getByLabel("Forma prawna").selectOption("foundation");
    await page.locator("#field-nip").fill(nip);
    await page.getByRole("button", { name: "Zarejestruj organizację" }).click();
    await expect(page.getByRole("heading", { name: "Ta organizacja już jest w bazie" })).toBeVisible();
    await page.getByRole("link", { name: "Poproś o dołączenie do organizacji" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Poproś o dołączenie do organizacji");
    await expectAccessible(page);

    const admin = await as("admin@demo.test");
    await admin.goto("/admin/organizations");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Organizacje — weryfikacja i dołączanie");
    await expectAccessible(admin);
    await admin.getByRole("button", { name: `Zweryfikuj — ${name}` }).click();
    await expect(admin.getByRole("link", { name })).toHaveCount(0);

    await admin.goto(`/organizations?q=${encodeURIComponent(name)}`);
    await expect(admin.getByRole("link", { name })).toBeVisible();
  });

  test("a person asks to join an organization and its owner approves", async ({ page, as, request, expectAccessible }) => {
    const organization = await setup(request, "organizations.withOwner");
    const person = await setup(request, "accounts.resident");
    const orgId = organization.id;
    await loginAs(page, person.email, person.password);
    await page.goto(`/organizations/${orgId}/join`);
    await expectAccessible(page);
    await page.getByLabel("Wiadomość do właściciela (nieobowiązkowo)").fill("Mogę pomóc w tłumaczeniach na ukraiński.");
    await page.getByRole("button", { name: "Wyślij prośbę" }).click();
    await expect(page.getByText("Prośba została wysłana.")).toBeVisible();
    await expect(page.getByText(`${organization.name} — czeka na decyzję`)).toBeVisible();
    await expectAccessible(page);

    const owner = await as(organization.owner.email, organization.owner.password);
    await owner.goto(`/organizations/${orgId}/manage`);
    await expect(owner.getByText("Mogę pomóc w tłumaczeniach na ukraiński.")).toBeVisible();
    await expectAccessible(owner);
    await owner.getByRole("button", { name: `Przyjmij — ${person.name}` }).click();
    await expect(owner.getByRole("cell", { name: new RegExp(`^${person.name}`) })).toBeVisible();
    await expectAccessible(owner);

    await page.goto("/account/organizations");
    await expect(page.getByRole("link", { name: organization.name })).toBeVisible();
  });

  test("a representative cannot manage another organization: 403 pages and a tampered form are refused", async ({
    page,
    request,
    expectAccessible,
  }) => {
    const { own, other } = await setup(request, "organizations.two");
    await loginAs(page, own.owner.email, own.owner.password);
    for (const path of [`/organizations/${other.id}/manage`, `/organizations/${other.id}/manage/profile`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    }
    await expectAccessible(page);

    // the own profile form sent with another organization's id
    await page.goto(`/organizations/${own.id}/manage/profile`);
    await expectAccessible(page);
    await waitForHydration(page);
    await tamper(page, { [own.id]: other.id });
    await page.getByLabel("Pełna nazwa").fill("Przejęta fundacja");
    await page.getByRole("button", { name: "Zapisz zmiany" }).click();
    await expect(errorSummary(page)).toContainText("Nie masz uprawnień do tej operacji.");

    // the own logo form sent for another organization
    await page.getByLabel("Plik z logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: tinyPng });
    await page.getByRole("button", { name: "Zapisz logo" }).click();
    await expect(page.getByRole("region", { name: "Logo" }).getByRole("alert")).toContainText("Nie masz uprawnień do tej operacji.");
    expect((await page.request.get(`/api/v1/organizations/${other.id}`).then((r) => r.json())).logoUrl).toBeNull();
    await page.unrouteAll({ behavior: "wait" });

    // the own members form sent for another organization's member
    await page.goto(`/organizations/${own.id}/manage`);
    await expectAccessible(page);
    await waitForHydration(page);
    const remove = page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: `Usuń z organizacji — ${own.editor.name}` }) })
      .first();
    await tamper(page, { [own.id]: other.id, [own.editor.id]: other.editor.id });
    await remove.getByRole("button").click();
    await expect(remove.getByRole("status")).toHaveText("Nie masz uprawnień do tej operacji.");
    await page.unrouteAll({ behavior: "wait" });

    await page.goto(`/organizations/${other.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(other.name);
    expect((await page.request.get("/api/admin/organizations.csv")).status()).toBe(403);
  });

  test("a member edits the profile and adds a logo; the public profile shows both at once", async ({ page, request, expectAccessible }) => {
    const organization = await setup(request, "organizations.withOwner");
    const own = organization.id;
    await loginAs(page, organization.owner.email, organization.owner.password);
    await page.goto(`/organizations/${own}`);
    await page.goto(`/organizations/${own}/manage/profile`);
    await expectAccessible(page);

    await page.getByLabel("Plik z logo").setInputFiles({ name: "notes.txt", mimeType: "image/png", buffer: Buffer.from("not an image") });
    await page.getByRole("button", { name: "Zapisz logo" }).click();
    await expect(errorSummary(page)).toContainText("Ten plik nie jest obrazem PNG, JPEG ani WebP.");
    await expectAccessible(page);
    await page.getByLabel("Plik z logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: tinyPng });
    await page.getByRole("button", { name: "Zapisz logo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Logo zostało zapisane." })).toBeVisible();
    await expect(page.getByRole("img", { name: `Logo: ${organization.name}` })).toBeVisible();

    const mission = `Sport dla każdego dziecka z osiedla ${unique()}`;
    await page.getByRole("textbox", { name: "Misja" }).fill(mission);
    await page.getByRole("button", { name: "Zapisz zmiany" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zmiany zostały zapisane." })).toBeVisible();

    // the cached public profile (visited above, so it was in the cache) shows the change right away
    await page.goto(`/organizations/${own}`);
    await expect(page.getByText(mission)).toBeVisible();
    const logo = page.locator("article img").first();
    await expect(logo).toHaveAttribute("src", /\/api\/v1\/organizations\/.+\/logo\?v=/);
    const image = await page.request.get((await logo.getAttribute("src"))!);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["cache-control"]).toContain("immutable");
    // its own policy, not the pages' one (which replaced it before): nothing loads, nothing runs
    expect(image.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(image.headers()["x-content-type-options"]).toBe("nosniff");
    await expectAccessible(page);
  });

  test("the administrator imports organizations from CSV (good and bad rows, twice) and exports the whole directory", async ({
    page,
    expectAccessible,
  }) => {
    const name = `Stowarzyszenie Importowane ${unique()}`;
    const krs = validKrs(9_000_000_000 + Math.floor(Math.random() * 900_000_000));
    const csv = [
      "name;legalForm;krs;nip;areas;takesVolunteers",
      `${name};association;${krs};;sport;tak`,
      "Zły wiersz;foundation;123;;;",
    ].join("\r\n");
    const upload = async () => {
      await page.getByLabel("Plik CSV").setInputFiles({ name: "organizacje.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
      await page.getByRole("button", { name: "Sprawdź plik" }).click();
      await expect(page.getByRole("heading", { name: "Podgląd importu" })).toBeVisible();
    };
    await loginAs(page, "admin@demo.test");
    await page.goto("/admin/organizations");
    await page.getByRole("link", { name: "Importuj organizacje z pliku CSV" }).click();
    await expectAccessible(page);
    await upload();
    await expect(page.getByRole("row", { name: /3 Zły wiersz/ })).toContainText("Numer KRS: Numer KRS ma 10 cyfr");
    await expect(page.getByRole("row", { name: new RegExp(`2 ${name}`) })).toContainText("nowa organizacja");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Importuj poprawne wiersze" }).click();
    await expect(page.getByText("Zaimportowano: nowe 1, zaktualizowane 0, pominięte 1.")).toBeVisible();

    // the same file again updates instead of duplicating
    await page.reload();
    await upload();
    await expect(page.getByRole("row", { name: new RegExp(`2 ${name}`) })).toContainText("aktualizacja istniejącej");
    await page.getByRole("button", { name: "Importuj poprawne wiersze" }).click();
    await expect(page.getByText("Zaimportowano: nowe 0, zaktualizowane 1, pominięte 1.")).toBeVisible();

    await page.goto(`/organizations?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toHaveCount(1);
    const response = await page.request.get("/api/admin/organizations.csv");
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.split(name)).toHaveLength(2);
    expect(text).toContain("verificationStatus");
  });
});
