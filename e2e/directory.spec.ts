import fs from "node:fs/promises";
import { expect, setup, test } from "./fixtures";

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
const OWOP = "Ośrodek Wspierania Organizacji Pozarządowych";
/** Columns that must never leave the server. */
const internalKeys = ["hiddenFields", "verificationStatus", "verificationNote", "searchText", "searchName", "createdAt", "updatedAt"];

test.describe("NGO directory (visitor)", () => {
  test("searches with and without diacritics and with filters, shares the URL, opens a profile", async ({
    page,
    context,
    expectAccessible,
  }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Nawigacja główna" }).getByRole("link", { name: "Organizacje" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Baza organizacji pozarządowych");
    await expect(page.getByRole("status").filter({ hasText: "Znaleziono" })).toBeVisible();
    await expectAccessible(page);

    const query = page.getByLabel("Szukaj organizacji", { exact: true });
    await query.fill("Ośrodek Wspierania");
    await page.getByRole("button", { name: "Szukaj", exact: true }).click();
    await expect(page.getByRole("link", { name: OWOP })).toBeVisible();

    await query.fill("osrodek wspierania");
    await page.getByLabel("Forma prawna").selectOption("association");
    await page.getByLabel("Osiedle").selectOption("centrum");
    await page.getByRole("button", { name: "Szukaj", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=osrodek\+wspierania/);
    await expect(page).toHaveURL(/[?&]legalForm=association/);
    await expect(page).toHaveURL(/[?&]district=centrum/);
    const results = page.getByRole("list", { name: "Wyniki wyszukiwania" });
    await expect(results.getByRole("heading", { level: 2 }).first()).toHaveText(OWOP);
    await expectAccessible(page);

    // The URL is the search: opened elsewhere it shows the same results with the form filled in.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.getByLabel("Szukaj organizacji", { exact: true })).toHaveValue("osrodek wspierania");
    await expect(shared.getByLabel("Forma prawna")).toHaveValue("association");
    await expect(shared.getByLabel("Osiedle")).toHaveValue("centrum");
    await expect(shared.getByRole("list", { name: "Wyniki wyszukiwania" }).getByRole("heading", { level: 2 }).first()).toHaveText(OWOP);
    await expect(shared.getByRole("status").filter({ hasText: "Znaleziono" })).toHaveText(
      await page.getByRole("status").filter({ hasText: "Znaleziono" }).innerText(),
    );
    await shared.close();

    // A filter that excludes it.
    await page.getByLabel("Forma prawna").selectOption("foundation");
    await page.getByRole("button", { name: "Szukaj", exact: true }).click();
    await expect(page.getByRole("link", { name: OWOP })).toHaveCount(0);

    // A typo still finds SocLab; its profile shows the public data.
    await page.getByRole("link", { name: "Wyczyść filtry" }).click();
    await page.getByLabel("Szukaj organizacji", { exact: true }).fill("laboratorim badan spolecznych");
    await page.getByRole("button", { name: "Szukaj", exact: true }).click();
    await page.getByRole("link", { name: SOCLAB }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SOCLAB);
    await expect(page.getByText("Zweryfikowana przez Urząd Miejski")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sfery działalności" })).toBeVisible();
    await expect(page.getByRole("link", { name: "kontakt@soclab.example.org" })).toBeVisible();
    await expect(page.getByText("ul. Warszawska 44/1, 15-077 Białystok")).toBeVisible();
    await expectAccessible(page);
  });

  test("understands Polish endings and a district named in the text, and offers a wider search when nothing is found", async ({
    page,
    expectAccessible,
  }) => {
    const goldenAutumn = "Fundacja Wspierania Seniorów „Złota Jesień”";
    const thirdAge = "Stowarzyszenie Uniwersytet Trzeciego Wieku w Białymstoku";
    await page.goto("/organizations");
    const query = page.getByLabel("Szukaj organizacji", { exact: true });
    const search = page.getByRole("button", { name: "Szukaj", exact: true });
    const results = page.getByRole("list", { name: "Wyniki wyszukiwania" });

    // "osoby starsze" finds the profiles that say "osób starszych" / "osobom starszym".
    await query.fill("osoby starsze");
    await search.click();
    await expect(results.getByRole("link", { name: goldenAutumn })).toBeVisible();
    await expect(results.getByRole("link", { name: thirdAge })).toBeVisible();

    // "Piasta" in the text is the district filter: both Piasta districts, and only them.
    await query.fill("seniorów Piasta");
    await search.click();
    await expect(page.getByText("Szukamy na osiedlach Piasta I lub Piasta II")).toBeVisible();
    await expect(results.getByRole("link", { name: goldenAutumn })).toBeVisible();
    await expect(results.getByRole("link", { name: thirdAge })).toBeVisible();
    const districtLines = results
      .getByRole("listitem")
      .locator("p")
      .filter({ hasText: /^Osiedle:/ });
    await expect(districtLines.first()).toBeVisible();
    for (const line of await districtLines.allInnerTexts()) expect(line).toMatch(/^Osiedle: Piasta II?$/);
    await expectAccessible(page);

    // Searched as plain words in the whole city, nothing mentions "Piasta".
    await page.getByRole("link", { name: "Szukaj „seniorów Piasta” w całym mieście" }).click();
    await expect(page).toHaveURL(/[?&]everywhere=1/);
    await expect(page.getByRole("status")).toContainText("Nie znaleziono organizacji");

    // An empty result names each filter whose removal finds something, with the count; the link drops it.
    await page.goto("/organizations");
    await query.fill("szachy");
    await page.getByLabel("Osiedle").selectOption("bojary");
    await search.click();
    await expect(page.getByRole("status")).toContainText("Nie znaleziono organizacji");
    await expect(page.getByText("Spróbuj wyszukiwania bez jednego z kryteriów:")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Usuń filtr „Osiedle: Bojary”" }).click();
    await expect(page).not.toHaveURL(/district=/);
    await expect(page.getByLabel("Osiedle")).toHaveValue("");
    await expect(results.getByRole("link", { name: "Białostocki Klub Szachowy „Hetman”" })).toBeVisible();
  });

  test("the directory without a search is cached per page and order: a new organization shows, an unknown page or order is a 404", async ({
    page,
    request,
    expectAccessible,
  }) => {
    // rendered (and cached) before the organization is registered and verified
    expect(await (await request.get("/organizations?sort=newest")).text()).toContain("Wyniki wyszukiwania");
    const organization = await setup(request, "organizations.withOwner");
    await page.goto("/organizations?sort=newest");
    await expect(page.getByRole("list", { name: "Wyniki wyszukiwania" }).getByRole("link", { name: organization.name })).toBeVisible();
    await expectAccessible(page);
    // the pages keep the order (the form's empty fields are no search)
    await page.getByRole("navigation", { name: "Strony" }).getByRole("link", { name: "Następna" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page).toHaveURL(/[?&]sort=newest/);
    await expect(page.getByText(/Strona 2 z/)).toBeVisible();
    for (const url of ["/organizations?page=abc", "/organizations?sort=bogus", "/organizations?page=99999", "/organizations/list/bogus"])
      expect((await request.get(url)).status(), url).toBe(404);
    // a search stays rendered per request
    expect((await request.get("/organizations?q=zzzz-nothing&page=abc")).status()).toBe(200);
  });

  test("pending organizations are neither listed nor shown; unknown profiles are 404", async ({ page, request }) => {
    await page.goto("/organizations?q=Kadr+Podlasia");
    await expect(page.getByRole("status")).toContainText("Nie znaleziono organizacji");
    const api = await request.get("/api/v1/organizations?q=Kadr+Podlasia");
    expect((await api.json()).total).toBe(0);
    const missing = await page.goto("/organizations/00000000-0000-4000-8000-000000000000");
    expect(missing?.status()).toBe(404);
    const notUuid = await request.get("/api/v1/organizations/nie-ma");
    expect(notUuid.status()).toBe(404);
    expect(await notUuid.json()).toEqual({ error: "notFound" });
  });

  test("the statistics page has a table with a caption for every chart", async ({ page, expectAccessible }) => {
    await page.goto("/organizations");
    await page.getByRole("link", { name: "Trzeci sektor w liczbach" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trzeci sektor w liczbach");
    for (const caption of [
      "Liczba organizacji według formy prawnej",
      "Liczba organizacji według statusu OPP",
      "Liczba organizacji według sfery działalności",
      "Liczba organizacji według osiedla siedziby",
    ]) {
      const table = page.getByRole("table", { name: caption });
      await expect(table).toBeVisible();
      expect(await table.getByRole("row").count()).toBeGreaterThan(1);
    }
    await expect(page.getByRole("img", { name: /Wykres słupkowy/ })).toHaveCount(4);
    await expect(page.getByRole("columnheader", { name: "Sfera działalności" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Osiedle" })).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Liczba organizacji według formy prawnej" }).getByRole("row", { name: /fundacja/ }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.goto("/en/organizations/statistics");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The third sector in numbers");
    await expectAccessible(page);
  });

  test("open data: JSON API with public fields only, and a CSV download", async ({ page, request }) => {
    const list = await request.get("/api/v1/organizations?q=soclab&pageSize=5");
    expect(list.status()).toBe(200);
    const body = await list.json();
    expect(body).toMatchObject({ page: 1, pageSize: 5 });
    expect(body.total).toBeGreaterThanOrEqual(1);
    const soclab = body.items[0];
    expect(soclab).toMatchObject({ name: SOCLAB, shortName: "SocLab", legalForm: "foundation", verified: true });
    for (const key of internalKeys) expect(soclab).not.toHaveProperty(key);

    const one = await request.get(`/api/v1/organizations/${soclab.id}`);
    expect(one.status()).toBe(200);
    expect(await one.json()).toEqual(soclab);

    const tooBig = await request.get("/api/v1/organizations?pageSize=101");
    expect(tooBig.status()).toBe(400);

    await page.goto("/organizations?legalForm=foundation");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: /Pobierz wyniki jako CSV/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("organizacje-bialystok.csv");
    const csv = await fs.readFile(await download.path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Nazwa;Nazwa skrócona;Forma prawna;");
    expect(csv).toContain(SOCLAB);
    expect(csv).not.toContain(OWOP); // an association, filtered out
  });
});
