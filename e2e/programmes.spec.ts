import { expect, expectAccessible, setup, submitAndWait, test } from "./fixtures";

/** Cooperation programmes (issue 20, part 1): staff draft, consult and adopt a programme; a visitor sees it with its money; refusals from the outside. */

test("an administrator drafts a programme with a priority task, consults and adopts it; a visitor sees it with the money table", async ({
  as,
  request,
}) => {
  // a year of its own, so parallel and repeated runs never meet
  const year = 2060 + Math.floor(Math.random() * 35);
  const title = `Program współpracy na rok ${year} (e2e ${Date.now()})`;
  const { id: consultationId } = (await setup(request, "consultations.openAndClosed")).open;

  const admin = await as("admin@demo.test");
  await admin.goto("/programmes/manage");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Nowy program" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Nowy program współpracy");
  await expectAccessible(admin);
  await admin.getByLabel("Tytuł programu").fill(title);
  await admin.getByLabel("Rok (pierwszy rok programu)").fill(String(year));
  await admin.getByLabel("Łączna kwota planowanych środków (zł)").fill("1 000 000,00");
  await admin.getByLabel("Cel główny i cele szczegółowe").fill("Wzmacnianie organizacji **pozarządowych**.");
  await admin.getByRole("button", { name: "Zapisz program" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(title);
  const id = /\/programmes\/manage\/([0-9a-f-]{36})/.exec(admin.url())![1];

  // a priority task; adoption before the consultation is not offered, and refused when forced
  await admin.getByLabel("Nazwa zadania").fill("Kultura i sztuka dla mieszkańców");
  await admin.getByLabel("Sfera zadań publicznych (art. 4 ust. 1)").selectOption("culture");
  await admin.getByLabel("Planowana kwota (zł)").fill("400 000,00");
  await admin.getByRole("button", { name: "Dodaj zadanie" }).click();
  await expect(admin.getByTestId("programme-money")).toContainText("Kultura i sztuka dla mieszkańców");
  await expectAccessible(admin);

  await admin.getByLabel("Konsultacje", { exact: true }).selectOption(consultationId);
  await admin.getByRole("button", { name: "Skieruj do konsultacji" }).click();
  await expect(admin.getByText("Stan: W konsultacjach")).toBeVisible();
  await admin.getByLabel("Numer uchwały Rady Miasta").fill("LX/900/59");
  await admin.getByLabel("Data uchwały").fill(`${year + 1}-01-10`);
  await submitAndWait(admin, admin.getByRole("button", { name: "Zapisz uchwalenie" }));
  await expect(admin.getByText("Data nie może być późniejsza niż dziś.").first()).toBeVisible();
  await admin.getByLabel("Data uchwały").fill("2026-11-20");
  await admin.getByRole("button", { name: "Zapisz uchwalenie" }).click();
  await expect(admin.getByText("Stan: Uchwalony")).toBeVisible();
  await expect(admin.getByText("Uchwała Rady Miasta nr LX/900/59 z dnia")).toBeVisible();
  await expect(admin.getByText(`Program może obowiązywać od 1 stycznia ${year}.`)).toBeVisible();
  await expectAccessible(admin);

  // the consultation's page says which programme it concerns
  const visitor = await as(null);
  await visitor.goto(`/consultations/${consultationId}`);
  await expect(visitor.getByRole("link", { name: `Konsultacje dotyczą programu: ${title}` })).toBeVisible();

  // the public list and page: the text by section and the money per task
  await visitor.goto("/programmes");
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const table = visitor.getByTestId("programme-money");
  await expect(table.getByRole("row", { name: /Kultura i sztuka dla mieszkańców/ })).toContainText("400 000,00");
  await expect(visitor.getByRole("heading", { name: "Cel główny i cele szczegółowe" })).toBeVisible();
  await expect(visitor.locator("strong", { hasText: "pozarządowych" })).toBeVisible();
  await expectAccessible(visitor);

  // open data: the list's shape, the programme with its task and amounts in grosze; a malformed id is a 404
  const api = await request.get(`/api/v1/programmes/${id}`);
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(body).toMatchObject({ id, status: "adopted", resolution: { number: "LX/900/59", date: "2026-11-20", late: false } });
  expect(body.priorityTasks).toEqual([
    expect.objectContaining({ area: "culture", plannedGrosze: 40_000_000, announcedGrosze: 0, grantedGrosze: 0 }),
  ]);
  const list = await (await request.get("/api/v1/programmes?pageSize=100")).json();
  expect(Object.keys(list).sort()).toEqual(["items", "page", "pageSize", "total"]);
  expect(list.items.map((p: { id: string }) => p.id)).toContain(id);
  expect((await request.get("/api/v1/programmes/not-an-id")).status()).toBe(404);
});

test("a resident and an NGO representative can neither open the staff pages nor create or adopt a programme", async ({ as, request }) => {
  const org = await setup(request, "organizations.withOwner");
  const { id: consultationId } = (await setup(request, "consultations.openAndClosed")).open;

  // a draft of the administrator's, in consultation, for the adoption attempts below
  const admin = await as("admin@demo.test");
  const title = `Program do odmowy ${Date.now()}`;
  await admin.goto("/programmes/manage/new");
  await admin.getByLabel("Tytuł programu").fill(title);
  await admin.getByLabel("Rok (pierwszy rok programu)").fill(String(2060 + Math.floor(Math.random() * 35)));
  await admin.getByLabel("Łączna kwota planowanych środków (zł)").fill("100,00");
  await admin.getByRole("button", { name: "Zapisz program" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(title);
  const manageUrl = admin.url();
  await admin.getByLabel("Nazwa zadania").fill("Zadanie");
  await admin.getByLabel("Sfera zadań publicznych (art. 4 ust. 1)").selectOption("sport");
  await admin.getByLabel("Planowana kwota (zł)").fill("100,00");
  await admin.getByRole("button", { name: "Dodaj zadanie" }).click();
  await expect(admin.getByTestId("programme-money")).toContainText("Zadanie");
  await admin.getByLabel("Konsultacje", { exact: true }).selectOption(consultationId);
  await admin.getByRole("button", { name: "Skieruj do konsultacji" }).click();
  await expect(admin.getByText("Stan: W konsultacjach")).toBeVisible();

  for (const person of [await as(org.owner.email, org.owner.password), await as("mieszkaniec@demo.test")]) {
    for (const path of ["/programmes/manage", "/programmes/manage/new", new URL(manageUrl).pathname]) {
      const response = await person.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  }
  // the adoption form posted by the resident (the admin's page, the resident's session): refused, nothing changed
  const resident = await as("mieszkaniec@demo.test");
  const cookies = await resident.context().cookies();
  await admin.context().clearCookies();
  await admin.context().addCookies(cookies);
  await admin.getByLabel("Numer uchwały Rady Miasta").fill("I/1/26");
  await admin.getByLabel("Data uchwały").fill("2026-11-20");
  await submitAndWait(admin, admin.getByRole("button", { name: "Zapisz uchwalenie" }));
  await expect(admin.getByText("Nie masz uprawnień do tej operacji.").first()).toBeVisible();
  const after = await (await request.get("/api/v1/programmes?pageSize=100")).json();
  const mine = after.items.find((p: { title: string }) => p.title === title);
  expect(mine).toMatchObject({ status: "consultation", resolution: null });
});
