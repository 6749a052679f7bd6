import { expect, expectAccessible, setup, test } from "./fixtures";

const weekdayNames = ["niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"];

test("a resident books advice after signing in, staff keep private notes and publish slots, the resident cancels", async ({ page, as }) => {
  const { adviser, day, resident } = await setup(page.request, "advice.slots");

  // a visitor finds a free slot by topic; booking asks to sign in and comes back
  await page.goto("/centre/advice?topic=legal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Porady w Centrum");
  await expectAccessible(page);
  await page
    .getByRole("link", { name: new RegExp(`u: ${adviser}$`) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await page.getByLabel("E-mail").fill(resident.email);
  await page.getByLabel("Hasło").fill(resident.password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rezerwacja porady");
  await expect(page.getByText(adviser)).toBeVisible();
  await expectAccessible(page);

  // a refusal keeps what was typed, with the summary and the field's message
  await page.getByLabel("W jakiej sprawie?").selectOption("other");
  await page.getByLabel("Opisz krótko sprawę").fill("statut");
  await page.getByRole("button", { name: "Zarezerwuj poradę" }).click();
  await expect(page.getByRole("heading", { name: "Popraw błędy w formularzu" })).toBeVisible();
  await expect(page.getByText("Opisz krótko sprawę (co najmniej 10 znaków).").first()).toBeVisible();
  await expect(page.getByLabel("W jakiej sprawie?")).toHaveValue("other");
  await page.getByLabel("Opisz krótko sprawę").fill("Zmiana statutu stowarzyszenia zwykłego");
  await page.getByRole("button", { name: "Zarezerwuj poradę" }).click();
  await expect(page.getByText("Porada zarezerwowana.")).toBeVisible();

  // staff see the booking and write the adviser's notes
  const staff = await as("centrum@demo.test");
  await staff.goto("/centre/manage/advice");
  await expect(staff.getByRole("heading", { name: /^Statystyki \d{4}$/ })).toBeVisible();
  await expect(staff.locator("#advice-stats").getByRole("rowheader", { name: "Prawo" })).toBeVisible();
  await expectAccessible(staff);
  await staff
    .getByRole("row")
    .filter({ hasText: adviser })
    .getByRole("link", { name: /szczegóły porady/ })
    .click();
  await expect(staff.getByText("Zmiana statutu stowarzyszenia zwykłego")).toBeVisible();
  const bookingUrl = new URL(staff.url()).pathname;
  await staff.getByLabel("Notatki doradcy").fill("Poufne: sprawa sporna w zarządzie.");
  await staff.getByRole("button", { name: "Zapisz notatki" }).click();
  await expect(staff.getByText("Notatki zapisane.")).toBeVisible();
  await expectAccessible(staff);

  // the resident cannot read the notes: refused from the outside, and never on their own page
  const bookingId = bookingUrl.split("/").pop()!;
  for (const path of [bookingUrl, `/account/advice/adviser/${bookingId}`]) {
    expect((await page.goto(path))!.status(), path).toBe(403);
  }
  await page.goto("/account/advice");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje porady");
  await expect(page.getByText("Zmiana statutu stowarzyszenia zwykłego")).toBeVisible();
  await expect(page.getByText("Poufne")).toHaveCount(0);
  await expectAccessible(page);

  // staff publish more slots for the same day: outside the Centre's hours refused, then within them
  await staff.goto("/centre/manage/advice");
  const weekday = weekdayNames[new Date(`${day}T12:00:00Z`).getUTCDay()];
  await staff.getByLabel("Doradca", { exact: true }).selectOption({ label: adviser });
  await staff.getByLabel("Od dnia").fill(day);
  await staff.getByLabel("Do dnia").fill(day);
  await staff.getByRole("checkbox", { name: weekday }).check();
  await staff.getByLabel("Od godziny").fill("15:00");
  await staff.getByLabel("Do godziny").fill("17:00");
  await staff.getByRole("button", { name: "Opublikuj terminy" }).click();
  await expect(staff.getByText("Centrum jest czynne od 8:00 do 16:00. Porady muszą mieścić się w tych godzinach.").first()).toBeVisible();
  await expect(staff.getByRole("checkbox", { name: weekday })).toBeChecked();
  await staff.getByLabel("Od godziny").fill("14:00");
  await staff.getByLabel("Do godziny").fill("16:00");
  await staff.getByRole("button", { name: "Opublikuj terminy" }).click();
  await expect(staff.getByText("Opublikowano terminy: 2. Pominięto nakładające się z istniejącymi: 0.")).toBeVisible();

  // the resident cancels: the slot is free again
  await page.getByRole("button", { name: /^Odwołaj poradę/ }).click();
  await expect(page.getByText("Porada odwołana. Termin jest znowu wolny.")).toBeVisible();
  await page.goto(`/centre/advice?topic=other`);
  await expect(page.getByRole("link", { name: new RegExp(`u: ${adviser}$`) })).toHaveCount(6);

  // staff withdraw a free slot the adviser cannot keep: it leaves the list people book from
  await staff.getByRole("link", { name: "Wycofaj wolne terminy" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Wolne terminy");
  await staff.getByRole("button", { name: "Wycofaj zaznaczone terminy" }).click();
  await expect(staff.getByRole("alert").getByRole("link", { name: "Wolne terminy: Zaznacz co najmniej jeden termin." })).toBeVisible();
  await expectAccessible(staff);
  await staff
    .getByRole("checkbox", { name: new RegExp(`^Wycofaj: ${adviser}, `) })
    .first()
    .check();
  await staff.getByRole("button", { name: "Wycofaj zaznaczone terminy" }).click();
  await expect(staff.getByRole("status")).toHaveText("Wycofano terminy: 1.");
  await page.reload();
  await expect(page.getByRole("link", { name: new RegExp(`u: ${adviser}$`) })).toHaveCount(5);
});

test("an organization applies for premises, staff grant them, the register and the profile show them", async ({ page, as }) => {
  const { premisesId, address, organization } = await setup(page.request, "premises.offered");

  for (const path of ["/premises", "/premises/rules"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/premises");
  await page.getByRole("link", { name: address }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(address);
  await expectAccessible(page);

  const owner = await as(organization.owner.email, organization.owner.password);
  await owner.goto(`/premises/${premisesId}/apply`);
  await expectAccessible(owner);
  await owner.getByRole("button", { name: "Złóż wniosek" }).click();
  await expect(owner.getByRole("heading", { name: "Popraw błędy w formularzu" })).toBeVisible();
  await owner.getByLabel("Na co organizacja przeznaczy lokal?").fill("Siedziba fundacji i świetlica sąsiedzka");
  await owner
    .getByLabel("Jakie działania dla mieszkańców będą się tam odbywać?")
    .fill("Bezpłatne zajęcia dla dzieci i seniorów trzy razy w tygodniu");
  await owner.getByLabel("W jakich godzinach lokal będzie używany?").fill("pon.–pt. 15:00–19:00");
  await owner.getByRole("button", { name: "Złóż wniosek" }).click();
  await expect(owner.getByText("Wniosek złożony.")).toBeVisible();
  await owner.getByRole("link", { name: "Zobacz swoje wnioski" }).click();
  await expect(owner.getByText("Czeka na decyzję")).toBeVisible();
  await expectAccessible(owner);
  const applicationPath = (await owner.getByRole("link", { name: `Wniosek: ${address}` }).getAttribute("href"))!;
  const applicationId = applicationPath.split("/").pop()!;

  // a resident cannot record the decision: refused, nothing changed
  const resident = await as("mieszkaniec@demo.test");
  expect((await resident.goto(`/centre/manage/premises/applications/${applicationId}`))!.status()).toBe(403);
  expect((await resident.goto("/centre/manage/premises"))!.status()).toBe(403);
  await owner.reload();
  await expect(owner.getByText("Czeka na decyzję")).toBeVisible();

  const staff = await as("centrum@demo.test");
  await staff.goto("/centre/manage/premises");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: `Rozpatrz — wniosek: ${organization.name}, ${address}` }).click();
  await expect(staff.getByText("Siedziba fundacji i świetlica sąsiedzka")).toBeVisible();
  await expectAccessible(staff);
  await staff.getByLabel("Przyznaj lokal").check();
  await staff.getByLabel("Czynsz za m² miesięcznie (zł)").fill("3,50");
  await staff.getByRole("button", { name: "Zapisz decyzję" }).click();
  await expect(staff.getByText("Decyzja zapisana i wysłana organizacji.")).toBeVisible();

  await page.goto("/premises/register");
  await expect(page.getByRole("row").filter({ hasText: address })).toContainText(organization.name);
  await expectAccessible(page);
  const api = await page.request.get("/api/v1/premises");
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
  expect(JSON.stringify(body)).toContain(address);
  expect(JSON.stringify(body)).not.toContain(organization.owner.email);
  expect((await page.request.get("/api/v1/premises/nie-ma-takiego")).status()).toBe(404);
  expect((await page.request.get(`/api/v1/premises/${premisesId}`)).status()).toBe(200);

  await page.goto(`/organizations/${organization.id}`);
  await expect(page.getByRole("heading", { name: "Lokale miejskie" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(address) })).toBeVisible();
});
