import type { Page } from "@playwright/test";
import { weekStart } from "../lib/bookings/rules";
import { expect, expectAccessible, loginAs, setup, tamper, test, waitForHydration } from "./fixtures";

const tinyPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** Fills the booking form (Warsaw date and times). */
async function fillBooking(page: Page, values: { date: string; start: string; end: string; purpose?: string; attendees?: string }) {
  await page.getByLabel("Data", { exact: true }).fill(values.date);
  await page.getByLabel("Początek").fill(values.start);
  await page.getByLabel("Koniec").fill(values.end);
  if (values.purpose !== undefined) await page.getByLabel("Cel spotkania").fill(values.purpose);
  if (values.attendees !== undefined) await page.getByLabel("Liczba uczestników").fill(values.attendees);
}

test("an NGO books a room with a projector: refusals at the fields, a conflict suggests free times, then it sees and cancels the booking", async ({
  page,
  request,
}) => {
  const f = await setup(request, "centreRooms.room");
  await loginAs(page, f.own.owner.email, f.own.owner.password);
  await page.goto("/centre");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centrum Współpracy Organizacji Pozarządowych");
  await expect(page.getByRole("main").getByText("ul. Świętojańska 22/1, 15-082 Białystok")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: f.room.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(f.room.name);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Zarezerwuj tę salę" }).click();
  await waitForHydration(page);
  await expectAccessible(page);

  // a public holiday and too many people: both at their fields, what was typed stays
  if (f.holiday) {
    await fillBooking(page, { date: f.holiday, start: "10:00", end: "12:00", purpose: "Warsztaty dla wolontariuszy", attendees: "11" });
    await page.getByRole("button", { name: "Zarezerwuj" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Popraw" });
    await expect(summary).toContainText("Centrum jest nieczynne w tym dniu");
    await expect(summary).toContainText("Sala mieści 10 osób");
    await expect(page.getByLabel("Cel spotkania")).toHaveValue("Warsztaty dla wolontariuszy");
    await expectAccessible(page);
  }
  // outside opening hours
  await fillBooking(page, { date: f.day, start: "07:00", end: "09:00", purpose: "Warsztaty dla wolontariuszy", attendees: "8" });
  await page.getByRole("button", { name: "Zarezerwuj" }).click();
  await expect(page.locator("#field-startTime-error")).toContainText("od 8:00 do 16:00");

  // the other organization holds 10:00–12:00: the nearest free times are offered and fill the form
  await fillBooking(page, { date: f.day, start: "11:00", end: "12:00" });
  await page.getByLabel(`${f.projector.name} (dostępne: 1)`).fill("1");
  await page.getByRole("button", { name: "Zarezerwuj" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Sala jest zajęta w tym czasie" })).toBeVisible();
  const suggestion = page.getByRole("button", { name: /^Wybierz .*12:00–13:00$/ });
  await expect(suggestion).toBeVisible();
  await expectAccessible(page);
  await suggestion.click();
  await expect(page.getByLabel("Początek")).toHaveValue("12:00");
  await expect(page.getByLabel("Koniec")).toHaveValue("13:00");
  await page.getByRole("button", { name: "Zarezerwuj" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rezerwacja czeka na potwierdzenie" })).toBeVisible();

  // over the monthly hours (20): refused at the end time
  await page.goto(`/centre/rooms/${f.room.id}/book`);
  await waitForHydration(page);
  await fillBooking(page, { date: f.day, start: "14:00", end: "16:00", purpose: "Drugie spotkanie", attendees: "4" });
  await page.getByRole("button", { name: "Zarezerwuj" }).click();
  await expect(page.locator("#field-endTime-error")).toContainText("najwyżej 20 godzin w miesiącu");

  // in the calendar (public: "zajęte", no names) and in "my bookings", with the projector
  await page.goto(`/centre/rooms/${f.room.id}/week/${weekStart(f.day)}`);
  const calendar = page.getByRole("table");
  await expect(calendar.getByRole("cell", { name: "zajęte" }).first()).toBeVisible();
  await expect(calendar).not.toContainText(f.other.name);
  await page.goto("/account/bookings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje rezerwacje");
  const row = page.getByRole("row").filter({ hasText: "Warsztaty dla wolontariuszy" });
  await expect(row).toContainText(`${f.projector.name} × 1`);
  await expect(row).toContainText("Oczekuje");
  await expectAccessible(page);
  await row.getByRole("button", { name: "Anuluj" }).click();
  await expect(row).toContainText("Anulowana");
  await expect(row.getByRole("button", { name: "Anuluj" })).toHaveCount(0);
});

test("keyboard-only booking, then staff confirm it and decline another with a reason", async ({ page, request, as }) => {
  const f = await setup(request, "centreRooms.room");
  await loginAs(page, f.other.owner.email, f.other.owner.password);
  // the date and times come from the link (as from the calendar); the rest by keyboard alone
  await page.goto(`/centre/rooms/${f.room.id}/book?date=${f.day2}&startTime=09:00&endTime=10:00`);
  await waitForHydration(page);
  await page.getByLabel("Cel spotkania").focus();
  await page.keyboard.type("Zebranie zarządu");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Liczba uczestników")).toBeFocused();
  await page.keyboard.type("6");
  await expect(page.getByLabel("Data", { exact: true })).toHaveValue(f.day2);
  await expect(page.getByLabel("Początek")).toHaveValue("09:00");
  await page.getByLabel("Liczba uczestników").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Rezerwacja czeka na potwierdzenie" })).toBeVisible();

  const staff = await as("centrum@demo.test");
  // the staff's to-do list leads to the desk
  await staff.goto("/account/todo");
  await staff
    .getByRole("region", { name: /Centrum Współpracy/ })
    .getByRole("link", { name: /Rezerwacje sal czekają na decyzję/ })
    .click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Obsługa sal Centrum");
  await expectAccessible(staff);
  const confirm = staff.getByRole("form", { name: new RegExp(`^Potwierdź: ${f.other.name.replace(/[„”]/g, ".")}, .*09:00`) });
  await confirm.getByRole("button", { name: "Potwierdź" }).click();
  await expect(confirm).toHaveCount(0);
  const decline = staff.getByRole("form", { name: new RegExp(`^Odrzuć: ${f.other.name.replace(/[„”]/g, ".")}, .*10:00`) });
  await decline.getByLabel("Powód odmowy").fill("Remont sali w tym dniu");
  await decline.getByRole("button", { name: "Odrzuć" }).click();
  await expect(decline).toHaveCount(0);
  // the staff's calendar names who booked (the public one does not)
  await staff.getByRole("link", { name: `Kalendarz: ${f.room.name}` }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`${f.room.name}: kalendarz z rezerwującymi`);
  await staff.getByRole("link", { name: "Następny tydzień" }).click();
  await expect(staff).toHaveURL(/week=/);
  await staff.goto(`/centre/manage/rooms/${f.room.id}?week=${f.day2}`);
  await expect(staff.getByRole("table")).toContainText(f.other.name);
  await expectAccessible(staff);
  // a photo of the room: not an image is refused at the field, a PNG is shown on the room's page
  await staff.goto("/centre/manage");
  await staff.getByRole("link", { name: `Edytuj: ${f.room.name}` }).click();
  const photo = staff.getByLabel("Zdjęcie sali (PNG, JPEG albo WebP, do 2 MB)");
  await photo.setInputFiles({ name: "sala.png", mimeType: "image/png", buffer: Buffer.from("not an image") });
  await staff.getByRole("button", { name: "Zapisz zdjęcie" }).click();
  await expect(staff.locator("#field-photo-error")).toHaveText("Zdjęcie musi być plikiem PNG, JPEG albo WebP.");
  await photo.setInputFiles({ name: "sala.png", mimeType: "image/png", buffer: tinyPng });
  await staff.getByRole("button", { name: "Zapisz zdjęcie" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Zdjęcie sali zapisane." })).toBeVisible();
  await staff.goto(`/centre/rooms/${f.room.id}`);
  const image = staff.getByRole("img", { name: `Sala ${f.room.name}` });
  await expect(image).toBeVisible();
  expect((await staff.request.get((await image.getAttribute("src"))!)).headers()["content-type"]).toBe("image/png");

  await page.goto("/account/bookings");
  const declined = page.getByRole("row").filter({ hasText: "Remont sali w tym dniu" });
  await expect(declined).toContainText("Odrzucona");
  await expect(page.getByRole("row").filter({ hasText: "Zebranie zarządu" })).toContainText("Potwierdzona");

  // the weekly series is cancelled as a whole from its first occurrence
  const series = page.getByRole("row").filter({ hasText: f.series.purpose });
  await expect(series.first()).toContainText("Potwierdzona");
  await series
    .first()
    .getByRole("button", { name: /^Anuluj cały cykl \(\d terminy?\)$/ })
    .click();
  // every occurrence now reads "Anulowana", and none offers a cancel any more
  await expect(series.filter({ hasText: "Potwierdzona" })).toHaveCount(0);
  await expect(series.filter({ hasText: "Anulowana" })).toHaveCount(await series.count());
  await expect(series.getByRole("button", { name: "Anuluj" })).toHaveCount(0);
  await expectAccessible(page);
});

test("from the outside: another organization's booking cannot be cancelled, a resident cannot confirm; the JSON API", async ({
  page,
  request,
  as,
}) => {
  const f = await setup(request, "centreRooms.room");
  await loginAs(page, f.own.owner.email, f.own.owner.password);
  await page.goto("/account/bookings");
  await waitForHydration(page);
  await tamper(page, { [f.ownBooking.id]: f.otherBooking.id });
  const row = page.getByRole("row").filter({ hasText: f.room.name });
  await row.getByRole("button", { name: "Anuluj" }).click();
  await expect(row.getByRole("alert").filter({ hasText: "Nie masz uprawnień do tej operacji." })).toBeVisible();
  await page.unroute("**/*");

  // nothing changed: the other's 10:00–12:00 is still busy
  const availability = await request.get(`/api/v1/rooms/${f.room.id}/availability?from=${f.day}&to=${f.day}`);
  expect(availability.status()).toBe(200);
  const busy = (await availability.json()).busy as { startsAt: string }[];
  expect(busy.length).toBe(1);
  expect(JSON.stringify(await availability.json())).not.toContain(f.other.name);

  const resident = await as((await setup(request, "accounts.resident")).email);
  const refused = await resident.goto("/centre/manage");
  expect(refused?.status()).toBe(403);
  expect((await resident.goto(`/centre/manage/rooms/${f.room.id}`))?.status()).toBe(403);
  const asResident = await resident.request.post(`/api/v1/rooms/${f.room.id}/bookings`, {
    data: { organizationId: f.other.id, startsAt: `${f.day2}T09:00`, endsAt: `${f.day2}T10:00`, purpose: "Próba", attendees: 2 },
  });
  expect(asResident.status()).toBe(403);

  // the JSON API: the list, a malformed id, field errors, a conflict with free slots, a booking
  const rooms = await request.get("/api/v1/rooms?pageSize=100");
  const list = await rooms.json();
  expect(list).toMatchObject({ page: 1, pageSize: 100 });
  expect(list.items.some((r: { id: string }) => r.id === f.room.id)).toBe(true);
  expect((await request.get("/api/v1/rooms/not-a-uuid/availability")).status()).toBe(404);
  const post = (data: Record<string, unknown>) => page.request.post(`/api/v1/rooms/${f.room.id}/bookings`, { data });
  const body = { organizationId: f.own.id, purpose: "Spotkanie przez API", attendees: 3, equipment: [] };
  const invalid = await post({ ...body, startsAt: `${f.day}T07:00`, endsAt: `${f.day}T08:00`, attendees: 30 });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).fieldErrors).toMatchObject({ startsAt: ["outsideHours"], attendees: ["overCapacity"] });
  const conflict = await post({ ...body, startsAt: `${f.day}T10:30`, endsAt: `${f.day}T11:30` });
  expect(conflict.status()).toBe(409);
  expect((await conflict.json()).suggestions.length).toBeGreaterThan(0);
  const created = await post({ ...body, startsAt: `${f.day}T13:00`, endsAt: `${f.day}T14:00` });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ status: "pending", roomId: f.room.id });
});
