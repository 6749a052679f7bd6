import { expect, expectAccessible, setup, test } from "./fixtures";

/** A calendar date `days` from today ("2027-02-01"); far enough from the 30-day limit that the time zone does not matter. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a patronage from the application through a question and its answer to the grant; a granted one's report; refusals from the outside", async ({
  page,
  as,
}) => {
  const applicant = await setup(page.request, "accounts.resident");
  const eventName = `Koncert Kolęd ${applicant.name.split(" ").pop()}`;
  // a visitor sees the public list and is sent to log in to apply
  await page.goto("/patronages");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Patronaty Prezydenta Miasta");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Złóż wniosek o patronat" }).click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await page.getByLabel("E-mail").fill(applicant.email);
  await page.getByLabel("Hasło").fill(applicant.password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wniosek o patronat Prezydenta Miasta");
  await expectAccessible(page);
  // too close to the event: refused, with what was typed kept
  await page.getByLabel("Nazwa wydarzenia").fill(eventName);
  await page.getByLabel("Pierwszy dzień wydarzenia").fill(inDays(10));
  await page.getByLabel("Ostatni dzień wydarzenia").fill(inDays(10));
  await page.getByLabel("Miejsce", { exact: true }).fill("Kościół św. Rocha, ul. Słonimska 1");
  await page.getByLabel("Organizator", { exact: true }).fill("Chór Akademicki");
  await page.getByLabel("Zasięg").selectOption("regional");
  await page.getByLabel("Do kogo wydarzenie jest skierowane").fill("Mieszkańcy i turyści");
  await page.getByLabel("Przewidywana liczba uczestników").fill("400");
  await page.getByRole("radio", { name: "Nie" }).check();
  await page.getByLabel(/^Jak patronat zostanie pokazany/).fill("Logo Miasta na plakatach i w programie koncertu");
  await page.getByRole("button", { name: "Złóż wniosek" }).click();
  await expect(page.getByRole("heading", { name: "Popraw błędy w formularzu" })).toBeVisible();
  await expect(page.getByText(/^Ten termin jest za bliski/).first()).toBeVisible();
  await expect(page.getByLabel("Nazwa wydarzenia")).toHaveValue(eventName);
  await page.getByLabel("Pierwszy dzień wydarzenia").fill(inDays(45));
  await page.getByLabel("Ostatni dzień wydarzenia").fill(inDays(45));
  await page.getByRole("button", { name: "Złóż wniosek" }).click();
  await expect(page.getByText("Wniosek złożony.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Przejdź do moich wniosków" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje wnioski o patronat");
  await expectAccessible(page);
  await page.getByRole("link", { name: eventName }).click();
  await expect(page).toHaveURL(/\/account\/patronages\/[0-9a-f-]{36}$/);
  const applicationId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByText("Czeka na decyzję")).toBeVisible();
  await expectAccessible(page);

  // from the outside: another resident does not find it, a resident cannot open the staff desk, a visitor is sent to log in
  const stranger = await as("mieszkaniec@demo.test");
  expect((await stranger.goto(`/account/patronages/${applicationId}`))!.status()).toBe(404);
  expect((await stranger.goto(`/centre/manage/patronages/${applicationId}`))!.status()).toBe(403);
  expect((await stranger.goto("/centre/manage/patronages"))!.status()).toBe(403);
  const visitor = await as(null);
  await visitor.goto("/centre/manage/patronages");
  await expect(visitor).toHaveURL(/\/login\?returnTo=/);
  expect((await page.request.get(`/api/v1/patronages/${applicationId}`)).status()).toBe(404);
  expect((await page.request.get("/api/v1/patronages/nie-ma-takiego")).status()).toBe(404);

  // staff ask for more information
  const staff = await as("centrum@demo.test");
  await staff.goto("/centre/manage/patronages");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Wnioski o patronat");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: eventName }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(eventName);
  await expectAccessible(staff);
  await staff.getByLabel("Pytanie do wnioskodawcy").fill("Prosimy o program koncertu i listę wykonawców.");
  await staff.getByRole("button", { name: "Wyślij pytanie" }).click();
  await expect(staff.getByText("Pytanie wysłane.", { exact: false })).toBeVisible();

  // the applicant answers and the application waits for a decision again
  await page.reload();
  await expect(page.getByText("Prosimy o program koncertu i listę wykonawców.")).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel("Odpowiedź na pytanie urzędu")
    .fill("Kolędy polskie w opracowaniu na chór i orkiestrę; wykonawcy: Chór Akademicki.");
  await page.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(page.getByText("Odpowiedź wysłana.", { exact: false })).toBeVisible();

  // staff grant it with the terms of using the city's logo
  await staff.reload();
  await expect(staff.getByText("Kolędy polskie w opracowaniu na chór i orkiestrę", { exact: false })).toBeVisible();
  await staff.getByRole("radio", { name: "Przyznać" }).check();
  await staff.getByRole("button", { name: "Zapisz decyzję" }).click();
  await expect(staff.getByText("Decyzja zapisana.", { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Przyznany")).toBeVisible();
  await page.goto("/patronages");
  await expect(page.getByRole("heading", { name: eventName })).toBeVisible();
  const list = await (await page.request.get("/api/v1/patronages")).json();
  expect(Object.keys(list).sort()).toEqual(["items", "page", "pageSize", "total"]);
  expect(JSON.stringify(list)).toContain(eventName);
  expect(JSON.stringify(list)).not.toContain(applicant.email);

  // a granted patronage whose event is over: its applicant reports
  const granted = await setup(page.request, "patronages.granted");
  const organiser = await as(granted.applicant.email, granted.applicant.password);
  await organiser.goto("/account/todo");
  await organiser.getByRole("link", { name: new RegExp(granted.eventName) }).click();
  await expect(organiser.getByRole("heading", { level: 1 })).toHaveText(granted.eventName);
  await expectAccessible(organiser);
  await organiser.getByLabel("Liczba uczestników").fill("350");
  await organiser.getByLabel("Jak patronat został pokazany").fill("Logo Miasta na plakatach, banerze i w relacji na Facebooku.");
  await organiser.getByLabel("Linki do zdjęć (każdy w osobnym wierszu)").fill("https://zdjecia.example.org/festyn/1.jpg");
  await organiser.getByRole("button", { name: "Złóż sprawozdanie" }).click();
  await expect(organiser.getByText("Sprawozdanie złożone. Dziękujemy!")).toBeVisible();
  await organiser.reload();
  await expect(organiser.getByText("Sprawozdanie złożone", { exact: true })).toBeVisible();
  await expect(organiser.getByRole("link", { name: "https://zdjecia.example.org/festyn/1.jpg" })).toBeVisible();
});

test("promotion: an organization applies for a slot, staff allocate it, the organization sees it; a resident cannot allocate", async ({
  page,
  as,
}) => {
  const { id, title, own, other } = await setup(page.request, "promotion.slot");
  for (const org of [own, other]) {
    const owner = await as(org.owner.email, org.owner.password);
    await owner.goto("/account/promotion");
    await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Promocja organizacji");
    if (org === own) await expectAccessible(owner);
    const slot = owner.getByRole("listitem").filter({ has: owner.getByRole("heading", { name: title }) });
    await slot.getByLabel("Co chcesz promować (krótki opis)").fill(`${org.name}: warsztaty dla sąsiadów w każdą sobotę.`);
    await slot.getByRole("button", { name: "Zgłoś organizację" }).click();
    await expect(owner.getByText("Zgłoszenie wysłane.")).toBeVisible();
  }
  const resident = await as("mieszkaniec@demo.test");
  expect((await resident.goto(`/centre/manage/promotion/${id}`))!.status()).toBe(403);
  expect((await resident.goto("/centre/manage/promotion"))!.status()).toBe(403);

  const staff = await as("centrum@demo.test");
  await staff.goto("/centre/manage/promotion");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(staff);
  await staff.getByRole("radio", { name: own.name }).check();
  await staff.getByRole("button", { name: "Przydziel termin" }).click();
  await expect(staff.getByText("Termin przydzielony.", { exact: false })).toBeVisible();

  const owner = await as(own.owner.email, own.owner.password);
  await owner.goto("/account/promotion");
  await expect(owner.getByRole("listitem").filter({ hasText: title })).toContainText("Przydzielone");
  const rival = await as(other.owner.email, other.owner.password);
  await rival.goto("/account/promotion");
  await expect(rival.getByRole("listitem").filter({ hasText: title })).toContainText("Przydzielone innej organizacji");
});

test("the feeds answer with their media types and the lists link them", async ({ page }) => {
  for (const [path, type] of [
    ["/feeds/competitions.xml", "application/atom+xml"],
    ["/feeds/consultations.xml", "application/atom+xml"],
    ["/feeds/events.ics", "text/calendar"],
    ["/feeds/deadlines.ics", "text/calendar"],
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  await page.goto("/competitions");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/feeds/competitions.xml");
  await expect(page.getByRole("link", { name: "Terminy składania ofert (iCalendar)" })).toBeVisible();
  await page.goto("/meetings");
  await expect(page.getByRole("link", { name: "Kalendarz (iCalendar)" })).toBeVisible();
  // at 390 px the public list of patronages and a list with its feed links do not scroll sideways
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/patronages", "/competitions"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
  }
});
