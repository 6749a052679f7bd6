import { createHash } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, loginAs, test, waitForHydration } from "./fixtures";
import { validKrs, validNip } from "../lib/organizations/test-identifiers";

/** The stable ids of the demo rows (same recipe as lib/db/seed/demo.ts). */
function demoId(kind: string, key: string): string {
  const bytes = createHash("sha1").update(`wspolnie-demo:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
const LEUKEMIA = "Stowarzyszenie Przyjaciół Dzieci Chorych na Białaczkę";
const JACWIEZ = "Białostocki Klub Sportowy „Jaćwież”";
const errorSummary = (page: Page) => page.getByRole("alert", { name: "Popraw błędy w formularzu" });
/** A 1 × 1 PNG. */
const tinyPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const unique = () => `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;

/** A second person in their own browser context (axe needs pages of a context). */
async function as(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}

test.describe("organizations: registration, verification, joining, administration", () => {
  test("an NGO representative registers an organization, the administrator verifies it, it appears in the directory", async ({
    page,
    browser,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    const name = `Fundacja Testów Obywatelskich ${unique()}`;
    const nip = validNip(100_000_000 + Math.floor(Math.random() * 800_000_000));
    await loginAs(page, "ewa.kaminska@demo.test");
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

    const admin = await as(browser, "admin@demo.test");
    await admin.goto("/admin/organizations");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Organizacje — weryfikacja i dołączanie");
    await expectAccessible(admin);
    await admin.getByRole("button", { name: `Zweryfikuj — ${name}` }).click();
    await expect(admin.getByRole("link", { name })).toHaveCount(0);

    await admin.goto(`/organizations?q=${encodeURIComponent(name)}`);
    await expect(admin.getByRole("link", { name })).toBeVisible();
    await admin.context().close();
  });

  test("a person asks to join an organization and its owner approves", async ({ page, browser, expectAccessible }) => {
    test.setTimeout(90_000);
    const orgId = demoId("organization", LEUKEMIA);
    await loginAs(page, "olena.kowalenko@demo.test");
    await page.goto(`/organizations/${orgId}/join`);
    await expectAccessible(page);
    await page.getByLabel("Wiadomość do właściciela (nieobowiązkowo)").fill("Mogę pomóc w tłumaczeniach na ukraiński.");
    await page.getByRole("button", { name: "Wyślij prośbę" }).click();
    await expect(page.getByText("Prośba została wysłana.")).toBeVisible();
    await expect(page.getByText(`${LEUKEMIA} — czeka na decyzję`)).toBeVisible();
    await expectAccessible(page);

    const owner = await as(browser, "agnieszka.lewandowska@demo.test");
    await owner.goto(`/organizations/${orgId}/manage`);
    await expect(owner.getByText("Mogę pomóc w tłumaczeniach na ukraiński.")).toBeVisible();
    await expectAccessible(owner);
    await owner.getByRole("button", { name: "Przyjmij — Olena Kowalenko" }).click();
    await expect(owner.getByRole("cell", { name: /^Olena Kowalenko/ })).toBeVisible();
    await expectAccessible(owner);
    await owner.context().close();

    await page.goto("/account/organizations");
    await expect(page.getByRole("link", { name: LEUKEMIA })).toBeVisible();
  });

  test("a representative cannot manage another organization: 403 pages and a tampered form are refused", async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(90_000);
    const soclab = demoId("organization", SOCLAB);
    const own = demoId("organization", JACWIEZ);
    await loginAs(page, "michal.wojciechowski@demo.test");
    for (const path of [`/organizations/${soclab}/manage`, `/organizations/${soclab}/manage/profile`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    }
    await expectAccessible(page);

    // the own profile form with another organization's id in its hidden field
    await page.goto(`/organizations/${own}/manage/profile`);
    await expectAccessible(page);
    await waitForHydration(page); // React would reset a hidden field changed before it hydrates
    const profileForm = page.locator("form").filter({ has: page.getByLabel("Pełna nazwa") });
    await profileForm.evaluate((form, id) => {
      (form.querySelector('input[name="organizationId"]') as HTMLInputElement).value = id;
    }, soclab);
    await page.getByLabel("Pełna nazwa").fill("Przejęta fundacja");
    await page.getByRole("button", { name: "Zapisz zmiany" }).click();
    await expect(errorSummary(page)).toContainText("Nie masz uprawnień do tej operacji.");

    // the own logo form pointed at another organization
    const logoForm = page.locator("form").filter({ has: page.getByLabel("Plik z logo") });
    await logoForm.evaluate((form, id) => {
      (form.querySelector('input[name="organizationId"]') as HTMLInputElement).value = id;
    }, soclab);
    await page.getByLabel("Plik z logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: tinyPng });
    await page.getByRole("button", { name: "Zapisz logo" }).click();
    await expect(page.getByRole("region", { name: "Logo" }).getByRole("alert")).toContainText("Nie masz uprawnień do tej operacji.");
    expect((await page.request.get(`/api/v1/organizations/${soclab}`).then((r) => r.json())).logoUrl).toBeNull();

    // the own members form pointed at another organization's member
    await page.goto(`/organizations/${own}/manage`);
    await expectAccessible(page);
    const remove = page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: /Usuń z organizacji/ }) })
      .first();
    await remove.evaluate(
      (form, ids) => {
        (form.querySelector('input[name="organizationId"]') as HTMLInputElement).value = ids.org;
        (form.querySelector('input[name="userId"]') as HTMLInputElement).value = ids.user;
      },
      { org: soclab, user: demoId("user", "tomasz.malinowski@demo.test") },
    );
    await remove.getByRole("button").click();
    await expect(remove.getByRole("status")).toHaveText("Nie masz uprawnień do tej operacji.");

    await page.goto(`/organizations/${soclab}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SOCLAB);
    expect((await page.request.get("/api/admin/organizations.csv")).status()).toBe(403);
  });

  test("a member edits the profile and adds a logo; the public profile shows both at once", async ({ page, expectAccessible }) => {
    const own = demoId("organization", JACWIEZ);
    await loginAs(page, "michal.wojciechowski@demo.test");
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
    await expect(page.getByRole("img", { name: `Logo: ${JACWIEZ}` })).toBeVisible();

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
    await expectAccessible(page);
  });

  test("the administrator imports organizations from CSV (good and bad rows, twice) and exports the whole directory", async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(90_000);
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
