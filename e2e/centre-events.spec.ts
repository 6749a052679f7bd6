import type { Page } from "@playwright/test";
import { expect, expectAccessible, setup, test, waitForHydration } from "./fixtures";

/**
 * The Centre's trainings and events (issue 17, part 3): staff create a training, a representative
 * registers on behalf of an organization, staff mark attendance, the participant prints the
 * certificate and a visitor checks its code; a resident marking attendance is refused.
 */

/** A Warsaw date `days` from today and a wall-clock time, as <input type="datetime-local"> takes it. */
function warsawLocal(days: number, time: string) {
  return `${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(Date.now() + days * 86_400_000))}T${time}`;
}

/** At 390 px (a phone) the page does not scroll sideways. */
async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** A server action's request sent again with another person's session (as a crafted request would be). */
async function replayAs(page: Page, request: { url(): string; headers(): Record<string, string>; postDataBuffer(): Buffer | null }) {
  const response = await page.request.post(request.url(), {
    headers: {
      "next-action": request.headers()["next-action"],
      "content-type": request.headers()["content-type"],
      accept: "text/x-component",
    },
    data: request.postDataBuffer()!,
  });
  return response.text();
}

test("staff create a training; a representative registers on behalf of the organization; the list filters by type", async ({
  as,
  request,
}) => {
  const staff = await as("centrum@demo.test");
  const title = `Szkolenie: budżet zadania publicznego ${Date.now()}`;
  await staff.goto("/admin/meetings/new");
  await expectAccessible(staff);
  await staff.getByLabel("Rodzaj spotkania").selectOption("training");
  await staff.getByLabel("Prowadzący lub organizator").fill("Anna Sokołowska, trenerka");
  await staff.getByLabel("Tematyka").fill("Finanse organizacji");
  await staff.getByLabel("Dla kogo").fill("Skarbnicy i księgowi organizacji");
  await staff.getByLabel("Tytuł").fill(title);
  await staff.getByLabel("Miejsce").fill("Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1");
  await staff.getByLabel("Początek").fill(warsawLocal(20, "10:00"));
  await staff.getByLabel("Koniec").fill(warsawLocal(20, "13:00"));
  await staff.getByLabel("Liczba miejsc").fill("12");
  await staff.getByLabel("Termin zapisów").fill(warsawLocal(18, "16:00"));
  await staff.getByRole("button", { name: "Utwórz spotkanie" }).click();
  await expect(staff).toHaveURL(/\/admin\/meetings\/[0-9a-f-]{36}$/);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
  const id = staff.url().split("/").pop()!;

  // the public list, filtered by type (cached per filter; an unknown type is a 404)
  const visitor = await as(null);
  await visitor.goto("/meetings?type=training");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Wydarzenia i szkolenia");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Warsztat: jak napisać ofertę w otwartym konkursie" })).toHaveCount(0);
  await expectAccessible(visitor);
  await fitsPhone(visitor);
  expect((await request.get("/meetings?type=party")).status()).toBe(404);
  const api = await (await request.get(`/api/v1/events?type=training`)).json();
  expect(api).toMatchObject({ page: 1, pageSize: 50 });
  expect(api.items.find((e: { id: string }) => e.id === id)).toMatchObject({ type: "training", organizer: "Anna Sokołowska, trenerka" });
  expect(JSON.stringify(api)).not.toContain("@");
  expect((await request.get("/api/v1/events?type=party")).status()).toBe(400);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByText("Skarbnicy i księgowi organizacji")).toBeVisible();
  await expectAccessible(visitor);

  const representative = await as("ngo@demo.test");
  await representative.goto(`/meetings/${id}/registration`);
  await expect(representative.getByText(/Zapisy trwają do/)).toBeVisible();
  await expectAccessible(representative);
  await waitForHydration(representative);
  const choice = representative.getByLabel("Zgłaszasz się w imieniu");
  const organization = (await choice.locator("option").nth(1).textContent())!;
  await choice.selectOption({ label: organization });
  await representative.getByRole("button", { name: "Zapisz się na spotkanie" }).click();
  await expect(representative.getByText("Masz miejsce na tym spotkaniu.")).toBeVisible();
  await representative.reload();
  await expect(representative.getByText(`Zgłoszenie w imieniu organizacji: ${organization}.`)).toBeVisible();

  await staff.goto(`/admin/meetings/${id}/attendance`);
  await expect(staff.getByRole("row", { name: new RegExp(organization.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toContainText(
    "Marta Kowalczyk",
  );
  await expect(staff.getByText("Obecność można zaznaczać od początku wydarzenia.")).toBeVisible();
  await expectAccessible(staff);
});

test("staff mark attendance; the participant prints the certificate and a visitor checks its code; a resident is refused", async ({
  as,
  request,
}) => {
  const training = await setup(request, "events.started");
  const staff = await as("centrum@demo.test");
  await staff.goto(`/admin/meetings/${training.id}/attendance`);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Lista obecności: ${training.title}`);
  const row = staff.getByRole("row", { name: new RegExp(training.participant.name) });
  await expect(row).toContainText("nie zaznaczono");
  await expectAccessible(staff);
  await waitForHydration(staff);
  const sent = staff.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await row.getByRole("button", { name: new RegExp(`^Nieobecność ?: ${training.participant.name}$`) }).click();
  await expect(row.getByText("Zaznaczono nieobecność.")).toBeVisible();
  const absentRequest = await sent;
  await row.getByRole("button", { name: new RegExp(`^Obecność ?: ${training.participant.name}$`) }).click();
  await expect(row.getByText("Zaznaczono obecność.")).toBeVisible();
  await staff.reload();
  await expect(staff.getByRole("row", { name: new RegExp(training.participant.name) })).toContainText("obecna/obecny");

  // from the outside: a resident sends the staff's "absent" again with their own session: refused, still present
  const resident = await as("mieszkaniec@demo.test");
  expect((await resident.goto(`/admin/meetings/${training.id}/attendance`))?.status()).toBe(403);
  expect(await replayAs(resident, absentRequest)).toContain("forbidden");
  await staff.reload();
  await expect(staff.getByRole("row", { name: new RegExp(training.participant.name) })).toContainText("obecna/obecny");
  await expect(staff.getByText("Osoby z miejscem: 1, obecne: 1.")).toBeVisible();
  await fitsPhone(staff);

  // the participant's certificate, from their registration
  const participant = await as(training.participant.email);
  await participant.goto(`/meetings/${training.id}/registration`);
  await expect(participant.getByText(`Zgłoszenie w imieniu organizacji: ${training.organization}.`)).toBeVisible();
  await participant.getByRole("link", { name: "Zaświadczenie o udziale (do wydruku)" }).click();
  await expect(participant).toHaveURL(new RegExp(`/meetings/${training.id}/certificate$`));
  const certificate = participant.getByRole("region", { name: "Zaświadczenie o udziale" });
  await expect(certificate).toContainText(training.participant.name);
  await expect(certificate).toContainText(training.title);
  await expect(participant.getByRole("button", { name: "Drukuj zaświadczenie" })).toBeVisible();
  await expectAccessible(participant);
  await fitsPhone(participant);
  const code = (await certificate.locator("code").textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{3}(-[2-9A-Z]{3}){3}$/);
  // another resident has no certificate of this event
  expect((await resident.goto(`/meetings/${training.id}/certificate`))?.status()).toBe(404);

  // a visitor checks the code, typed loosely
  const visitor = await as(null);
  await visitor.goto("/meetings/certificates");
  await expectAccessible(visitor);
  await visitor.getByLabel("Kod weryfikacyjny").fill(code.toLowerCase().replaceAll("-", ""));
  await visitor.getByRole("button", { name: "Sprawdź" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/meetings/certificates/${code}$`));
  await expect(visitor.getByText("Zaświadczenie jest prawdziwe. Jego treść:")).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Zaświadczenie o udziale" })).toContainText(training.participant.name);
  await expect(visitor.getByText(training.participant.email)).toHaveCount(0);
  await expectAccessible(visitor);
  await fitsPhone(visitor);
  await visitor.goto("/meetings/certificates/ABC-DEF-GHJ-KMN");
  await expect(visitor.getByText(/Nie znaleziono zaświadczenia z tym kodem\./)).toBeVisible();
  await expectAccessible(visitor);

  // the yearly statistics count the event
  await staff.goto("/admin/meetings/statistics");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Statystyki wydarzeń i szkoleń");
  await expect(staff.getByRole("row", { name: /Szkolenie/ }).first()).toBeVisible();
  await expectAccessible(staff);
  await fitsPhone(staff);
  expect((await resident.goto("/admin/meetings/statistics"))?.status()).toBe(403);
});
