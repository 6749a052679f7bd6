import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, loginAs, setup, tamper, test, waitForHydration } from "./fixtures";

/** The demo's stable ids of organisations (lib/demo/ids.ts), without loading the seed here. */
function demoId(kind: string, key: string) {
  const bytes = createHash("sha1").update(`wspolnie-demo:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
const OWOP = "Ośrodek Wspierania Organizacji Pozarządowych";

/** Warsaw calendar dates of a short task starting in about three weeks, within one year. */
function taskDates() {
  const day = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(ms));
  const start = day(Date.now() + 20 * 86400000);
  const end = day(Date.now() + 23 * 86400000);
  if (start.slice(0, 4) === end.slice(0, 4)) return { start, end };
  const year = end.slice(0, 4);
  return { start: `${year}-01-20`, end: `${year}-01-23` };
}

async function replayAs(
  page: Page,
  request: { url(): string; headers(): Record<string, string>; postDataBuffer(): Buffer | null },
  body: string,
) {
  const response = await page.request.post(request.url(), {
    headers: {
      "next-action": request.headers()["next-action"],
      "content-type": request.headers()["content-type"],
      accept: "text/x-component",
    },
    data: Buffer.from(body, "latin1"),
  });
  return response.text();
}

test("a representative writes a small grant: a limit explained at the field, then submitted", async ({ page, request }) => {
  const { organization, owner } = await setup(request, "smallGrants.representative");
  const title = `Podwórkowe warsztaty rowerowe ${Date.now()}`;
  await loginAs(page, owner.email, owner.password);
  await page.goto("/account/small-grants");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Małe granty mojej organizacji");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Złóż ofertę na mały grant" }).click();
  await expectAccessible(page);
  await page.getByLabel("Organizacja").selectOption({ label: organization.name });
  await page.getByRole("button", { name: "Rozpocznij ofertę" }).click();
  await expect(page).toHaveURL(/\/account\/small-grants\/[0-9a-f-]{36}$/);
  await expect(
    page.getByText(/Dla ofert złożonych dziś obowiązują limity: dotacja do 20\s000,00\szł na zadanie; bez limitu czasu trwania zadania/),
  ).toBeVisible();
  await expectAccessible(page);

  const { start, end } = taskDates();
  await page.getByLabel("Tytuł zadania").fill(title);
  await page.getByLabel("Sfera zadań publicznych (art. 4 ustawy)").selectOption("sport");
  await page.getByLabel("Charakter zadania").selectOption("local");
  await page.getByLabel("Opis zadania").fill("Cztery spotkania na podwórkach Bojar: naprawa rowerów i jazda bezpieczna.");
  await page.getByLabel("Data rozpoczęcia").fill(start);
  await page.getByLabel("Data zakończenia").fill(end);
  await page.getByLabel("Zakładane rezultaty").fill("40 uczestników, 30 naprawionych rowerów.");
  await page.locator('[name="lines.0.name"]').fill("Instruktorzy i części");
  await page.locator('[name="lines.0.grant"]').fill("25 000");
  await page.locator('[name="lines.0.own"]').fill("1 000");
  await expect(page.getByText(/Zapisano wersję roboczą/)).toBeVisible();
  await expect(page.getByLabel("Wnioskowana dotacja razem")).toHaveValue(/^25\s000,00\szł$/);

  // above the limit in force on the submission date: explained at the field, nothing submitted
  await page.getByRole("button", { name: "Złóż ofertę" }).click();
  await expect(page.locator("#field-grantTotal-error")).toHaveText(
    /Dotacja przekracza limit na jedno zadanie obowiązujący w dniu złożenia oferty/,
  );
  await expect(page.getByRole("alert").filter({ hasText: "Oferta przekracza limity obowiązujące w dniu jej złożenia" })).toBeVisible();
  await expect(page.getByLabel("Tytuł zadania")).toHaveValue(title);
  await expectAccessible(page);
  await page.locator('[name="lines.0.grant"]').fill("15 000");
  await page.getByRole("button", { name: "Dodaj pozycję kosztu" }).click();
  await page.locator('[name="lines.1.name"]').fill("Kaski i kamizelki");
  await page.locator('[name="lines.1.grant"]').fill("2 500,50");
  await expect(page.getByLabel("Wnioskowana dotacja razem")).toHaveValue(/^17\s500,50\szł$/);
  await page.getByRole("button", { name: "Złóż ofertę" }).click();
  await expect(page).toHaveURL(/submitted=1/);
  await expect(page.getByText(/Oferta została złożona/)).toBeVisible();
  await expect(page.getByText("Złożona, czeka na publikację")).toBeVisible();
  await expectAccessible(page);
});

test("the administrator publishes a small grant; a resident's replay of the same action is refused", async ({ as, request }) => {
  const { submitted, overdue } = await setup(request, "smallGrants.forPublication");
  // the cached public list (/small-grants/list/all; other segments are 404s) shows it once published
  expect(await (await request.get("/small-grants")).text()).not.toContain(submitted.title);
  expect((await request.get("/small-grants/list/bogus")).status()).toBe(404);
  // the administrator publishes it from the list (the request is kept to be replayed by a resident)
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/small-grants");
  await expect(admin.getByRole("row", { name: new RegExp(overdue.title) })).toContainText("Po terminie");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: submitted.title }).click();
  await expectAccessible(admin);
  const sent = admin.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await admin.getByRole("button", { name: "Opublikuj ofertę" }).click();
  await expect(admin.getByText("Opublikowana", { exact: true })).toBeVisible();
  await expect(admin.getByText(/Rozstrzygnięcie będzie możliwe po zakończeniu okresu uwag/)).toBeVisible();
  await expectAccessible(admin);

  // a resident publishing (the same action with the resident's session) is refused, nothing changes
  const resident = await as("mieszkaniec@demo.test");
  const published = await sent;
  expect(await replayAs(resident, published, published.postDataBuffer()!.toString("latin1").replace(submitted.id, overdue.id))).toContain(
    "forbidden",
  );
  await admin.goto("/admin/small-grants");
  await expect(admin.getByRole("row", { name: new RegExp(overdue.title) })).toContainText("Złożona, czeka na publikację");
  await resident.goto("/small-grants");
  await expect(resident.getByRole("link", { name: submitted.title })).toBeVisible();
  await expect(resident.getByRole("link", { name: overdue.title })).toHaveCount(0);
});

test("art. 19a ust. 3: the administrator finds a submitted offer not purposeful; it is never published and the organization sees why", async ({
  as,
  request,
}) => {
  const { submitted } = await setup(request, "smallGrants.forPublication");
  const reason = "Zadanie nie odpowiada priorytetom programu współpracy na ten rok.";
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/small-grants");
  await admin.getByRole("link", { name: submitted.title }).click();
  await expect(admin.getByRole("heading", { name: "Celowość zadania (art. 19a ust. 1 i 3)" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Uznaj za niecelową — nie publikuj" }).click();
  await expect(admin.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Uzasadnienie braku celowości");
  await admin.getByLabel("Uzasadnienie braku celowości").fill(reason);
  await admin.getByRole("button", { name: "Uznaj za niecelową — nie publikuj" }).click();
  await expect(admin.getByText("Niecelowa — nieopublikowana", { exact: true })).toBeVisible();
  await expect(admin.getByText(reason)).toBeVisible();
  await expect(admin.getByRole("button", { name: "Opublikuj ofertę" })).toHaveCount(0);
  await expectAccessible(admin);

  // the organization sees the reason; the public never sees the offer
  const ngo = await as(submitted.owner.email, submitted.owner.password);
  await ngo.goto(`/account/small-grants/${submitted.id}`);
  await expect(ngo.getByRole("heading", { name: "Oferta uznana za niecelową — uzasadnienie" })).toBeVisible();
  await expect(ngo.getByText(reason)).toBeVisible();
  await expectAccessible(ngo);
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto("/small-grants");
  await expect(resident.getByRole("link", { name: submitted.title })).toHaveCount(0);
  expect((await resident.goto(`/small-grants/${submitted.id}`))?.status()).toBe(404);
});

test("a resident comments on a small grant in its window", async ({ as, request }) => {
  const grant = await setup(request, "smallGrants.inWindow");
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto("/small-grants");
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Małe granty — oferty do zaopiniowania");
  await expectAccessible(resident);
  await resident.getByRole("link", { name: grant.title }).click();
  await expect(resident.getByText(/Uwagi można zgłaszać do .* włącznie/)).toBeVisible();
  await expectAccessible(resident);
  await resident.getByLabel("Treść uwagi").fill("Czy można przyjść z własnym rowerem do naprawy?");
  await resident.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(resident.getByText("Dziękujemy, uwaga została zapisana.")).toBeVisible();
  await expect(resident.getByRole("listitem").filter({ hasText: "Czy można przyjść z własnym rowerem do naprawy?" })).toBeVisible();
  await expectAccessible(resident);
});

test("a small grant whose window has ended: the administrator answers every comment and accepts it into a contract", async ({
  as,
  request,
}) => {
  const grant = await setup(request, "smallGrants.windowEnded");
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/small-grants");
  await admin.getByRole("link", { name: grant.title }).click();
  await expect(admin.getByText("Przed rozstrzygnięciem odpowiedz na wszystkie uwagi.")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Przyjmij ofertę i przygotuj umowę" })).toHaveCount(0);
  await expectAccessible(admin);
  const answers = ["Tak, warsztaty są otwarte także dla dorosłych.", "Dziękujemy — pokażemy filmy w dwóch świetlicach."];
  for (const [i, answer] of answers.entries()) {
    await admin.getByLabel("Odpowiedź na uwagę").nth(i).fill(answer);
    await admin.getByRole("button", { name: "Zapisz odpowiedź" }).nth(i).click();
    await expect(admin.getByText("Odpowiedź została zapisana.")).toHaveCount(i + 1);
  }
  await admin.getByRole("button", { name: "Przyjmij ofertę i przygotuj umowę" }).click();
  const contractLink = admin.getByRole("link", { name: /^Przejdź do umowy DSS-I\.526\.\d+\.\d{4}$/ });
  await expect(contractLink).toBeVisible();
  await expect(contractLink).toHaveAttribute("href", /\/admin\/contracts\/[0-9a-f-]{36}$/);
  await expect(admin.getByText("Przyjęta — umowa")).toBeVisible();
  await expectAccessible(admin);

  // the organization sees the decision and its contract; the public page shows the answers
  const ngo = await as(grant.owner.email, grant.owner.password);
  await ngo.goto("/account/small-grants");
  await expect(ngo.getByRole("row", { name: new RegExp(grant.title) })).toContainText("Przyjęta — umowa");
  await ngo.getByRole("link", { name: grant.title }).click();
  await expect(ngo.getByRole("link", { name: /^Zobacz umowę DSS-I\.526\./ })).toBeVisible();
  await expectAccessible(ngo);
  await ngo.getByRole("link", { name: "Strona publiczna oferty" }).click();
  await expect(ngo.getByText(answers[0])).toBeVisible();
  await expect(ngo.getByRole("heading", { name: "Zgłoś uwagę do oferty" })).toHaveCount(0);
  await expectAccessible(ngo);
});

test("refusals from the outside: a comment after the window, an offer for another organization", async ({ as, request }) => {
  const open = await setup(request, "smallGrants.inWindow");
  const ended = await setup(request, "smallGrants.windowEndedQuiet");
  // the comment form of an open offer, posted for an offer whose window has ended
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto(`/small-grants/${open.id}`);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(open.title);
  await expectAccessible(resident);
  await waitForHydration(resident);
  await tamper(resident, { [open.id]: ended.id });
  await resident.getByLabel("Treść uwagi").fill("Spóźniona uwaga");
  await resident.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(resident.getByRole("alert").filter({ hasText: "Okres zgłaszania uwag do tej oferty się zakończył" })).toBeVisible();
  await expectAccessible(resident);
  await resident.unrouteAll({ behavior: "wait" });
  await resident.goto(`/small-grants/${ended.id}`);
  await expect(resident.getByText(/Okres zgłaszania uwag zakończył się/)).toBeVisible();
  await expect(resident.getByText("Spóźniona uwaga")).toHaveCount(0);
  await expect(resident.getByText("Nie zgłoszono uwag.")).toBeVisible();
  await expectAccessible(resident);
  // a resident cannot open the administrator's pages
  expect((await resident.goto("/admin/small-grants"))?.status()).toBe(403);

  // a representative of SocLab posting a new offer for another organization
  const ngo = await as("ngo@demo.test");
  await ngo.goto("/account/small-grants/new");
  await waitForHydration(ngo);
  await tamper(ngo, { [demoId("organization", SOCLAB)]: demoId("organization", OWOP) });
  await ngo.getByRole("button", { name: "Rozpocznij ofertę" }).click();
  await expect(ngo.getByRole("alert").filter({ hasText: "Nie masz uprawnień do tej operacji." })).toBeVisible();
  await expect(ngo).toHaveURL(/\/account\/small-grants\/new$/);
  await expectAccessible(ngo);
});

test("the administrator reads the dated limits and sets a year's grant pool", async ({ as }) => {
  // a year no other journey and no demo record uses
  const year = String(Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric" }).format(new Date())) + 5);
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/small-grants");
  await admin.getByRole("link", { name: "Limity i pula dotacji" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Limity małych grantów i planowana pula dotacji");
  const sets = admin.getByRole("table", { name: "Zestawy limitów" });
  await expect(sets.getByRole("row", { name: /1 września 2026/ })).toContainText("bez limitu");
  await expect(sets.getByRole("row", { name: /do 31 sierpnia 2026/ })).toContainText("90");
  await expectAccessible(admin);

  const poolForm = admin.getByRole("region", { name: "Ustaw pulę na rok" });
  await poolForm.getByLabel("Rok").fill(year);
  await poolForm.getByLabel("Planowana kwota dotacji").fill("dużo");
  await poolForm.getByRole("button", { name: "Zapisz pulę" }).click();
  await expect(admin.locator("#field-plannedPool-error")).toHaveText("Wpisz kwotę w złotych, np. 1 250,00.");
  await expectAccessible(admin);
  await poolForm.getByLabel("Planowana kwota dotacji").fill("40 000 000");
  await poolForm.getByRole("button", { name: "Zapisz pulę" }).click();
  await expect(admin.getByText("Zapisano pulę dotacji.")).toBeVisible();
  await expect(
    admin.getByRole("table", { name: "Planowana pula dotacji dla organizacji w roku" }).getByRole("row", { name: new RegExp(year) }),
  ).toContainText(/12\s000\s000,00\szł \(30%\)/);

  // the public list in English
  await admin.goto("/en/small-grants");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Small grants open for comments");
  await expect(admin.getByRole("link", { name: "Sąsiedzkie warsztaty ceramiczne na Antoniuku" })).toBeVisible();
  await expectAccessible(admin);
});

test("Dz.U. 2018 poz. 2055: the organization reports a small grant on the simplified form; a field error, fixed, submitted; the city accepts it", async ({
  page,
  as,
  request,
}) => {
  const grant = await setup(request, "smallGrants.reportDue");
  await loginAs(page, grant.owner.email, grant.owner.password);
  await page.goto("/account/contracts");
  await page.getByRole("link", { name: `Sprawozdania do umowy ${grant.number}` }).click();
  await page.getByRole("link", { name: "Wypełnij: Sprawozdanie końcowe" }).click();
  await expect(page.getByText(/Uproszczone sprawozdanie z realizacji zadania publicznego/)).toBeVisible();
  // the simplified form: costs by source, no table of cost lines
  await expect(page.getByRole("heading", { name: "Część II.3. Zestawienie wydatków według źródeł finansowania" })).toBeVisible();
  await expect(page.getByLabel(/^Poniesiony koszt/)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań").fill("4 pokazy, 230 widzów.");
  await page.getByLabel(/^Opis wykonania zadania/).fill("Pokazy odbyły się na czterech podwórkach osiedla Piasta w czerwcu.");
  await page.getByLabel("Wydatki z dotacji (zł)").fill("9000");
  await page.getByLabel("Wkład własny finansowy (zł)").fill("500");
  for (const box of await page.locator("#section-declarations input[type=checkbox]").all()) await box.check();
  await expect(page.getByRole("status").filter({ hasText: /^Zapisano/ })).toBeVisible();
  await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Popraw błędy w formularzu" })).toContainText("Wydatki z dotacji (zł)");
  await expect(page.locator('[id^="field-finance.grant."][id$="-error"]')).toHaveText(
    "Suma wydatków z dotacji przekracza dotację przyznaną na ten okres.",
  );
  await expectAccessible(page);

  await page.getByLabel("Wydatki z dotacji (zł)").fill("7800");
  await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
  await expect(page.getByText("Sprawozdanie zostało złożone (runda 1).")).toBeVisible();
  await expect(page.getByTestId("current-actual-total")).toHaveText("8 300,00 zł");
  await expectAccessible(page);

  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/contracts/${grant.contractId}/reports/${grant.reportId}`);
  await expect(admin.getByTestId("simplified-report").first()).toContainText("4 pokazy, 230 widzów.");
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Przyjmij sprawozdanie" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Sprawozdanie przyjęte." })).toBeVisible();
  await expectAccessible(admin);
});
