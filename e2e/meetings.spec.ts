import { demoCatalog, expect, expectAccessible, loginAs, setup, tamper, test, waitForHydration } from "./fixtures";

/** "2026-10-17T07:00:00.000Z" → "20261017T070000Z", as iCalendar writes UTC. */
const icsUtc = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** A Warsaw date `days` from today and a wall-clock time, as <input type="datetime-local"> takes it. */
function warsawLocal(days: number, time: string) {
  return `${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(Date.now() + days * 86_400_000))}T${time}`;
}

test("public list and meeting page, with the calendar file", async ({ page, request }) => {
  const { meetings } = await demoCatalog(request);
  const breakfast = meetings.breakfast;
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wydarzenia i szkolenia");
  // served from a cached page (/meetings/list/all); any other segment is a 404
  expect((await request.get("/meetings/list/bogus")).status()).toBe(404);
  expect((await request.get("/meetings?status=bogus")).status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Najbliższe spotkania" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: breakfast.title }).click();
  await expect(page.getByRole("heading", { name: "Protokół" })).toBeVisible();
  await expect(page.getByText("ul. Świętojańska 22/1").first()).toBeVisible();
  await expectAccessible(page);

  const link = page.getByRole("link", { name: "Dodaj do kalendarza (.ics)" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^meeting-[0-9a-f-]{36}\.ics$/);

  const href = (await link.getAttribute("href"))!;
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const body = await response.text();
  expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  // the breakfast runs 9:00–11:00 Warsaw time: in UTC, one or two hours earlier depending on the season
  const warsawHour = (iso: string) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Warsaw", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      new Date(iso),
    );
  expect([warsawHour(breakfast.startsAt), warsawHour(breakfast.endsAt)]).toEqual(["09:00", "11:00"]);
  expect(body).toContain(`\r\nDTSTART:${icsUtc(breakfast.startsAt)}\r\n`);
  expect(body).toContain(`\r\nDTEND:${icsUtc(breakfast.endsAt)}\r\n`);
  expect(body).toMatch(/\r\nUID:meeting-[0-9a-f-]{36}@wspolnie\r\n/);
  expect(body).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(body.replace(/\r\n /g, "")).toContain(
    "LOCATION:Centrum Współpracy Organizacji Pozarządowych\\, ul. Świętojańska 22/1\\, 15-082 Białystok",
  );
  expect(body.replace(/\r\n/g, "")).not.toMatch(/\n/);
});

test("the administrator creates a meeting through the form", async ({ as }) => {
  const admin = await as("admin@demo.test");
  const title = `Warsztat testowy ${Date.now()}`;
  await admin.goto("/admin/meetings/new");
  await expectAccessible(admin);
  await admin.getByLabel("Rodzaj spotkania").selectOption("workshop");
  await admin.getByLabel("Tytuł").fill(title);
  await admin.getByLabel("Miejsce").fill("Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1");
  await admin.getByLabel("Początek").fill(warsawLocal(30, "17:00"));
  await admin.getByLabel("Koniec").fill(warsawLocal(30, "19:00"));
  await admin.getByLabel("Liczba miejsc").fill("1");
  await admin.getByRole("button", { name: "Utwórz spotkanie" }).click();
  await expect(admin).toHaveURL(/\/admin\/meetings\/[0-9a-f-]{36}$/);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(admin);
});

test("registration, refusal of a second one, and the waiting list of a full meeting", async ({ as, request }) => {
  const { id } = await setup(request, "meetings.oneSeat");
  const first = await as("mieszkaniec@demo.test");
  await first.goto(`/meetings/${id}`);
  await expectAccessible(first);
  await first.getByRole("link", { name: "Zapisz się", exact: true }).click();
  await expect(first).toHaveURL(new RegExp(`/meetings/${id}/registration$`));
  await expectAccessible(first);
  // A second tab with the form still open, to try registering twice.
  const secondTab = await first.context().newPage();
  await secondTab.goto(`/meetings/${id}/registration`);
  await waitForHydration(secondTab);
  await first.getByRole("button", { name: "Zapisz się na spotkanie" }).click();
  // The page is refreshed by the action and shows the person's place.
  await expect(first.getByText("Masz miejsce na tym spotkaniu.")).toBeVisible();
  await secondTab.getByRole("button", { name: "Zapisz się na spotkanie" }).click();
  await expect(secondTab.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Masz już miejsce na tym spotkaniu");
  await expectAccessible(secondTab);

  const second = await as("robert.dabrowski@demo.test");
  await second.goto(`/meetings/${id}/registration`);
  await expect(second.getByText("Wszystkie miejsca są zajęte.")).toBeVisible();
  await second.getByRole("button", { name: "Zapisz się na listę rezerwową" }).click();
  await expect(second.getByText(/Jesteś na liście rezerwowej \(miejsce 1\)\./)).toBeVisible();
  await expectAccessible(second);
});

test("a cancellation gives the seat to the first on the waiting list, who is told by mail", async ({ as, request }) => {
  // a meeting of its own with one seat: Jan Nowak has it, Robert Dąbrowski waits
  const { id, title } = await setup(request, "meetings.waitingList");
  const first = await as("mieszkaniec@demo.test");
  await first.goto(`/meetings/${id}/registration`);
  await expect(first.getByText("Masz miejsce na tym spotkaniu.")).toBeVisible();
  await waitForHydration(first);
  await first.getByRole("button", { name: "Zrezygnuj z udziału" }).click();
  // The seat went to the first on the waiting list: the page now offers the waiting list.
  await expect(first.getByRole("button", { name: "Zapisz się na listę rezerwową" })).toBeVisible();

  const second = await as("robert.dabrowski@demo.test");
  await second.goto(`/meetings/${id}/registration`);
  await expect(second.getByText("Masz miejsce na tym spotkaniu.")).toBeVisible();

  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/outbox?to=${encodeURIComponent("robert.dabrowski@demo.test")}`);
  await expect(admin.getByRole("link", { name: `Masz miejsce na spotkaniu: ${title}` })).toBeVisible();
  await expectAccessible(admin);
  await admin.goto(`/admin/meetings/${id}`);
  await expect(admin.getByRole("heading", { name: "Uczestnicy: 1 z 1, lista rezerwowa: 0" })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "robert.dabrowski@demo.test" })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "mieszkaniec@demo.test" })).toHaveCount(0);
  await expectAccessible(admin);
});

test("a resident cannot open the administration of meetings", async ({ page }) => {
  await loginAs(page, "ngo2@demo.test");
  for (const path of ["/admin/meetings", "/admin/meetings/new", "/admin/surveys"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    await expectAccessible(page);
  }
});

test("a visitor is asked to log in before registering", async ({ page }) => {
  await page.goto("/meetings");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Warsztat: jak napisać ofertę w otwartym konkursie" }).click();
  await expect(page.getByText("zajęte 2 z 3; lista rezerwowa: 0")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Zapisz się", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await expectAccessible(page);
});

test("refused from the outside: a seat beyond the capacity of a full meeting", async ({ as, request }) => {
  // the cached list, rendered before the meetings are created, shows them (revalidated by tag)
  expect((await request.get("/meetings")).status()).toBe(200);
  const { full, free } = await setup(request, "meetings.full");
  const resident = await as("agnieszka.lewandowska@demo.test");
  await resident.goto("/meetings");
  await expectAccessible(resident);
  await resident.getByRole("link", { name: full.title }).click();
  await expect(resident).toHaveURL(new RegExp(`/meetings/${full.id}$`));
  await expectAccessible(resident);
  await resident.goto(`/meetings/${full.id}/registration`);
  await expect(resident.getByText("Miejsca: zajęte 1 z 1. Lista rezerwowa: 0.")).toBeVisible();
  await expect(resident.getByRole("button", { name: "Zapisz się na spotkanie" })).toHaveCount(0);
  await expectAccessible(resident);

  // the registration form of a meeting with free seats, sent for the full one
  await resident.goto("/meetings");
  await resident.getByRole("link", { name: free.title }).click();
  await expect(resident).toHaveURL(new RegExp(`/meetings/${free.id}$`));
  await resident.goto(`/meetings/${free.id}/registration`);
  await expectAccessible(resident);
  await waitForHydration(resident);
  await tamper(resident, { [free.id]: full.id });
  await resident.getByRole("button", { name: "Zapisz się na spotkanie" }).click();
  // no seat beyond the capacity: the request only joins the waiting list
  await expect(resident.getByText("Zapisano na listę rezerwową.")).toBeVisible();
  await resident.unrouteAll({ behavior: "wait" });
  await resident.goto(`/meetings/${full.id}/registration`);
  await expect(resident.getByText("Miejsca: zajęte 1 z 1. Lista rezerwowa: 1.")).toBeVisible();
  await expect(resident.getByText(/Jesteś na liście rezerwowej \(miejsce 1\)\./)).toBeVisible();
  await expectAccessible(resident);
});
