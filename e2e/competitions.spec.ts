import { demoCatalog, expect, submitAndWait, test } from "./fixtures";

/** A Warsaw calendar date `days` from today. */
function isoDaysFromNow(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(Date.now() + days * 86_400_000));
}

test.describe("public competition pages", () => {
  test("a visitor sees open competitions with a countdown, the announcement and its criteria", async ({
    page,
    request,
    expectAccessible,
  }) => {
    const { open: demoOpen, results } = (await demoCatalog(request)).competitions;
    await page.goto("/");
    await page.getByRole("navigation", { name: "Nawigacja główna" }).getByRole("link", { name: "Konkursy" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Otwarte konkursy ofert");
    const open = page.getByRole("listitem").filter({ hasText: demoOpen.number });
    await expect(open).toContainText(/zostało \d+ (dni|dzień|dnia)/);
    await expectAccessible(page);

    await open.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("osób starszych");
    await expect(page.getByRole("heading", { name: "Kryteria oceny ofert" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Możliwość realizacji zadania przez oferenta" })).toBeVisible();
    await expect(page.getByText("Termin składania ofert").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Złóż ofertę" })).toBeVisible();
    await expectAccessible(page);

    // the filters: the year of the offer deadline, the area
    const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric" }).format(new Date(results.offerDeadline!));
    await page.goto(`/competitions?year=${year}&area=${results.areaSlug}`);
    await expect(page.getByRole("link", { name: results.title })).toBeVisible();
    await expect(page.getByRole("link", { name: /osób starszych/ })).toHaveCount(0);
    await expectAccessible(page);
    // the GET form: "any" sends empty fields, which is the whole list again
    await page.getByLabel("Rok (termin składania ofert)").selectOption("");
    await page.getByLabel("Sfera zadań publicznych").selectOption("");
    await page.getByRole("button", { name: "Pokaż" }).click();
    await expect(page.getByRole("link", { name: /osób starszych/ }).first()).toBeVisible();
    // a filter value the list cannot have is a 404 (the list is cached per filter combination)
    for (const url of ["/competitions?year=abc", "/competitions?year=1999", "/competitions?area=nonexistent", "/en/competitions?area=Bad"])
      expect((await request.get(url)).status(), url).toBe(404);
  });

  test("open data lists public fields only and never drafts", async ({ request }) => {
    const demoOpen = (await demoCatalog(request)).competitions.open;
    const list = await request.get("/api/v1/competitions?pageSize=100");
    expect(list.ok()).toBe(true);
    const body = await list.json();
    expect(body).toMatchObject({ page: 1, pageSize: 100 });
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
    expect((await request.get("/api/v1/competitions?page=0")).status()).toBe(400);
    const open = body.items.find((c: { number: string }) => c.number === demoOpen.number);
    expect(open.status).toBe("announced");
    expect(open.budgetGrosze).toBe(45_000_000);
    expect(body.items.every((c: { status: string }) => c.status !== "draft")).toBe(true);
    const one = await request.get(`/api/v1/competitions/${open.id}`);
    expect((await one.json()).criteria).toHaveLength(6);
    expect((await request.get("/api/v1/competitions/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
  });
});

test.describe("administrator", () => {
  test("announces a competition; a deadline under 21 days is refused with a clear message", async ({ page, loginAs, expectAccessible }) => {
    const title = `Wsparcie klubów sąsiedzkich ${Date.now()}`;
    const taskYear = Number(isoDaysFromNow(0).slice(0, 4)) + 1;
    // the cached public lists, rendered before the announcement, show it after (revalidated by tag)
    const lists = ["/competitions", `/competitions?year=${isoDaysFromNow(30).slice(0, 4)}&area=local-community`];
    for (const url of lists) expect(await (await page.request.get(url)).text()).not.toContain(title);
    await loginAs(page, "admin@demo.test");
    await page.goto("/admin/competitions");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nowy konkurs" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nowy konkurs");
    await expectAccessible(page);

    await page.getByLabel("Tytuł (rodzaj zadania)").fill(title);
    await page.getByLabel("Numer konkursu").fill(`DSS-I.526.${Date.now() % 1000}.${taskYear - 1}`);
    await page.getByLabel("Sfera zadań publicznych").selectOption("local-community");
    await page.getByLabel("Opis zadania").fill("Prowadzenie klubów sąsiedzkich na osiedlach Białegostoku.");
    await page.getByLabel("Kwota środków publicznych (zł)").fill("200 000");
    await page.getByLabel("Minimalna dotacja na ofertę (zł)").fill("10 000");
    await page.getByLabel("Maksymalna dotacja na ofertę (zł)").fill("40 000");
    await page.getByLabel("Wymagany wkład własny finansowy (%)").fill("5");
    await page.getByLabel("Realizacja zadania od").fill(`${taskYear}-03-01`);
    await page.getByLabel("Realizacja zadania do").fill(`${taskYear}-11-30`);
    await page.getByLabel("Termin składania ofert — dzień").fill(isoDaysFromNow(10));
    await page.getByLabel("Tryb wyboru ofert", { exact: true }).fill("Komisja konkursowa oceni oferty według kryteriów.");
    await page.getByRole("button", { name: "Dodaj kryterium" }).click();
    await page.getByLabel("Nazwa kryterium 7").fill("Zasięg działań na osiedlu");
    await page.getByRole("button", { name: "Zapisz szkic" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano szkic konkursu." })).toBeVisible();
    await expectAccessible(page);

    // art. 13 ust. 2: the draft was saved incomplete; announcing lists every missing element
    await page.getByRole("button", { name: "Ogłoś konkurs" }).click();
    const missing = page.getByRole("alert").filter({ hasText: "art. 13 ust. 2 ustawy" });
    await expect(missing).toContainText("Zasady przyznawania dotacji: to pole jest wymagane w ogłoszeniu");
    await expect(missing).toContainText("Warunki realizacji zadania: to pole jest wymagane");
    await expect(missing).toContainText("Planowany termin wyboru ofert: to pole jest wymagane");
    await expect(missing).toContainText("Zadania tego samego rodzaju w tym i poprzednim roku: to pole jest wymagane");
    await expectAccessible(page);
    await page.getByLabel("Zasady przyznawania dotacji").fill("Dotacja w formie wspierania, od 10 000 zł do 40 000 zł na ofertę.");
    await page.getByLabel("Warunki realizacji zadania").fill("Kluby działają co najmniej dwa razy w tygodniu na osiedlach miasta.");
    await page.getByLabel("Planowany termin wyboru ofert").fill(isoDaysFromNow(45));
    await page.getByLabel("W tym i poprzednim roku Miasto nie zlecało zadań tego rodzaju").check();
    await submitAndWait(page, page.getByRole("button", { name: "Zapisz szkic" }));
    await expect(page.getByRole("status").filter({ hasText: "Zapisano szkic konkursu." })).toBeVisible();

    await page.getByRole("button", { name: "Ogłoś konkurs" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Popraw błędy w formularzu" });
    await expect(alert).toContainText("co najmniej 21 dni po dniu ogłoszenia");
    await expectAccessible(page);

    await page.getByLabel("Termin składania ofert — dzień").fill(isoDaysFromNow(30));
    await submitAndWait(page, page.getByRole("button", { name: "Zapisz szkic" }));
    await expect(page.getByRole("status").filter({ hasText: "Zapisano szkic konkursu." })).toBeVisible();
    await page.getByRole("button", { name: "Ogłoś konkurs" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Konkurs został ogłoszony." })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Zobacz ogłoszenie" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("cell", { name: "Zasięg działań na osiedlu" })).toBeVisible();
    await expectAccessible(page);

    for (const url of lists) {
      await page.goto(url);
      await expect(page.getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: title })).toBeVisible();
    }
  });

  test("a resident cannot open the competition administration", async ({ page, loginAs }) => {
    await loginAs(page, "mieszkaniec@demo.test");
    const response = await page.goto("/admin/competitions/new");
    expect(response?.status()).toBe(403);
  });
});
