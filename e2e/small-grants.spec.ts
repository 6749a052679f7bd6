import { createHash, randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, loginAs, test } from "./fixtures";

/** The demo seed's deterministic ids (lib/db/seed/demo.ts demoId), without loading the seed here. */
function demoId(kind: string, key: string) {
  const bytes = createHash("sha1").update(`wspolnie-demo:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
const OWOP = "Ośrodek Wspierania Organizacji Pozarządowych";
const inWindowId = demoId("small-grant", "warsztaty-ceramiczne");
const overdueId = demoId("small-grant", "spacery-historyczne");
const endedForLateCommentId = demoId("small-grant", "e2e-sasiedzka-wymiana");

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}

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

test("a representative submits a small grant, the administrator publishes it, a resident comments", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Podwórkowe warsztaty rowerowe ${randomBytes(3).toString("hex")}`;
  const ngo = await as(browser, "ngo@demo.test");
  await ngo.goto("/account/small-grants");
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Małe granty mojej organizacji");
  await expectAccessible(ngo);
  await ngo.getByRole("link", { name: "Złóż ofertę na mały grant" }).click();
  await expectAccessible(ngo);
  await ngo.getByLabel("Organizacja").selectOption({ label: SOCLAB });
  await ngo.getByRole("button", { name: "Rozpocznij ofertę" }).click();
  await expect(ngo).toHaveURL(/\/account\/small-grants\/[0-9a-f-]{36}$/);
  await expect(
    ngo.getByText(/Dla ofert złożonych dziś obowiązują limity: dotacja do 20\s000,00\szł na zadanie; bez limitu czasu trwania zadania/),
  ).toBeVisible();
  await expectAccessible(ngo);

  const { start, end } = taskDates();
  await ngo.getByLabel("Tytuł zadania").fill(title);
  await ngo.getByLabel("Sfera zadań publicznych (art. 4 ustawy)").selectOption("sport");
  await ngo.getByLabel("Charakter zadania").selectOption("local");
  await ngo.getByLabel("Opis zadania").fill("Cztery spotkania na podwórkach Bojar: naprawa rowerów i jazda bezpieczna.");
  await ngo.getByLabel("Data rozpoczęcia").fill(start);
  await ngo.getByLabel("Data zakończenia").fill(end);
  await ngo.getByLabel("Zakładane rezultaty").fill("40 uczestników, 30 naprawionych rowerów.");
  await ngo.locator('[name="lines.0.name"]').fill("Instruktorzy i części");
  await ngo.locator('[name="lines.0.grant"]').fill("25 000");
  await ngo.locator('[name="lines.0.own"]').fill("1 000");
  await expect(ngo.getByText(/Zapisano wersję roboczą/)).toBeVisible();
  await expect(ngo.getByLabel("Wnioskowana dotacja razem")).toHaveValue(/^25\s000,00\szł$/);

  // above the limit in force on the submission date: explained at the field, nothing submitted
  await ngo.getByRole("button", { name: "Złóż ofertę" }).click();
  await expect(ngo.locator("#field-grantTotal-error")).toHaveText(
    /Dotacja przekracza limit na jedno zadanie obowiązujący w dniu złożenia oferty/,
  );
  await expect(ngo.getByRole("alert").filter({ hasText: "Oferta przekracza limity obowiązujące w dniu jej złożenia" })).toBeVisible();
  await expect(ngo.getByLabel("Tytuł zadania")).toHaveValue(title);
  await expectAccessible(ngo);
  await ngo.locator('[name="lines.0.grant"]').fill("15 000");
  await ngo.getByRole("button", { name: "Dodaj pozycję kosztu" }).click();
  await ngo.locator('[name="lines.1.name"]').fill("Kaski i kamizelki");
  await ngo.locator('[name="lines.1.grant"]').fill("2 500,50");
  await expect(ngo.getByLabel("Wnioskowana dotacja razem")).toHaveValue(/^17\s500,50\szł$/);
  await ngo.getByRole("button", { name: "Złóż ofertę" }).click();
  await expect(ngo).toHaveURL(/submitted=1/);
  await expect(ngo.getByText(/Oferta została złożona/)).toBeVisible();
  await expect(ngo.getByText("Złożona, czeka na publikację")).toBeVisible();
  await expectAccessible(ngo);
  const id = /small-grants\/([0-9a-f-]{36})/.exec(ngo.url())![1];

  // the administrator publishes it from the list (the request is kept to be replayed by a resident)
  const admin = await as(browser, "admin@demo.test");
  await admin.goto("/admin/small-grants");
  await expect(admin.getByRole("row", { name: /Spacery historyczne/ })).toContainText("Po terminie");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: title }).click();
  await expectAccessible(admin);
  const sent = admin.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await admin.getByRole("button", { name: "Opublikuj ofertę" }).click();
  await expect(admin.getByText("Opublikowana", { exact: true })).toBeVisible();
  await expect(admin.getByText(/Rozstrzygnięcie będzie możliwe po zakończeniu okresu uwag/)).toBeVisible();
  await expectAccessible(admin);

  // a resident publishing (the same action with the resident's session) is refused, nothing changes
  const resident = await as(browser, "mieszkaniec@demo.test");
  const request = await sent;
  expect(await replayAs(resident, request, request.postDataBuffer()!.toString("latin1").replace(id, overdueId))).toContain("forbidden");
  await admin.goto("/admin/small-grants");
  await expect(admin.getByRole("row", { name: /Spacery historyczne/ })).toContainText("Złożona, czeka na publikację");

  // a resident comments in the window
  await resident.goto("/small-grants");
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Małe granty — oferty do zaopiniowania");
  await expectAccessible(resident);
  await resident.getByRole("link", { name: title }).click();
  await expect(resident.getByText(/Uwagi można zgłaszać do .* włącznie/)).toBeVisible();
  await expectAccessible(resident);
  await resident.getByLabel("Treść uwagi").fill("Czy można przyjść z własnym rowerem do naprawy?");
  await resident.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(resident.getByText("Dziękujemy, uwaga została zapisana.")).toBeVisible();
  await expect(resident.getByRole("listitem").filter({ hasText: "Czy można przyjść z własnym rowerem do naprawy?" })).toBeVisible();
  await expectAccessible(resident);
});

test("a small grant whose window has ended: the administrator answers every comment and accepts it into a contract", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await as(browser, "admin@demo.test");
  await admin.goto("/admin/small-grants");
  await admin.getByRole("link", { name: "Przegląd filmów amatorskich „Kadr z osiedla”" }).click();
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
  const ngo = await as(browser, "tomasz.malinowski@demo.test");
  await ngo.goto("/account/small-grants");
  await expect(ngo.getByRole("row", { name: /Przegląd filmów amatorskich/ })).toContainText("Przyjęta — umowa");
  await ngo.getByRole("link", { name: "Przegląd filmów amatorskich „Kadr z osiedla”" }).click();
  await expect(ngo.getByRole("link", { name: /^Zobacz umowę DSS-I\.526\./ })).toBeVisible();
  await expectAccessible(ngo);
  await ngo.getByRole("link", { name: "Strona publiczna oferty" }).click();
  await expect(ngo.getByText(answers[0])).toBeVisible();
  await expect(ngo.getByRole("heading", { name: "Zgłoś uwagę do oferty" })).toHaveCount(0);
  await expectAccessible(ngo);
});

test("refusals from the outside: a comment after the window, an offer for another organization", async ({ browser }) => {
  test.setTimeout(120_000);
  // the comment form of an open offer, posted for an offer whose window has ended
  const resident = await as(browser, "mieszkaniec@demo.test");
  await resident.goto(`/small-grants/${inWindowId}`);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Sąsiedzkie warsztaty ceramiczne na Antoniuku");
  await expectAccessible(resident);
  await resident
    .locator('input[name="smallGrantId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), endedForLateCommentId);
  await resident.getByLabel("Treść uwagi").fill("Spóźniona uwaga");
  await resident.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(resident.getByRole("alert").filter({ hasText: "Okres zgłaszania uwag do tej oferty się zakończył" })).toBeVisible();
  await expectAccessible(resident);
  await resident.goto(`/small-grants/${endedForLateCommentId}`);
  await expect(resident.getByText(/Okres zgłaszania uwag zakończył się/)).toBeVisible();
  await expect(resident.getByText("Spóźniona uwaga")).toHaveCount(0);
  await expect(resident.getByText("Nie zgłoszono uwag.")).toBeVisible();
  await expectAccessible(resident);
  // a resident cannot open the administrator's pages
  expect((await resident.goto("/admin/small-grants"))?.status()).toBe(403);

  // a representative of SocLab posting a new offer for another organization
  const ngo = await as(browser, "ngo@demo.test");
  await ngo.goto("/account/small-grants/new");
  await ngo
    .getByLabel("Organizacja")
    .evaluate((select, id) => ((select as HTMLSelectElement).options[0].value = id), demoId("organization", OWOP));
  await ngo.getByRole("button", { name: "Rozpocznij ofertę" }).click();
  await expect(ngo.getByRole("alert").filter({ hasText: "Nie masz uprawnień do tej operacji." })).toBeVisible();
  await expect(ngo).toHaveURL(/\/account\/small-grants\/new$/);
  await expectAccessible(ngo);
});

test("the administrator reads the dated limits and sets a year's grant pool", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await as(browser, "admin@demo.test");
  await admin.goto("/admin/small-grants");
  await admin.getByRole("link", { name: "Limity i pula dotacji" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Limity małych grantów i planowana pula dotacji");
  const sets = admin.getByRole("table", { name: "Zestawy limitów" });
  await expect(sets.getByRole("row", { name: /1 września 2026/ })).toContainText("bez limitu");
  await expect(sets.getByRole("row", { name: /do 31 sierpnia 2026/ })).toContainText("90");
  await expectAccessible(admin);

  const poolForm = admin.getByRole("region", { name: "Ustaw pulę na rok" });
  await poolForm.getByLabel("Rok").fill("2031");
  await poolForm.getByLabel("Planowana kwota dotacji").fill("dużo");
  await poolForm.getByRole("button", { name: "Zapisz pulę" }).click();
  await expect(admin.locator("#field-plannedPool-error")).toHaveText("Wpisz kwotę w złotych, np. 1 250,00.");
  await expectAccessible(admin);
  await poolForm.getByLabel("Planowana kwota dotacji").fill("40 000 000");
  await poolForm.getByRole("button", { name: "Zapisz pulę" }).click();
  await expect(admin.getByText("Zapisano pulę dotacji.")).toBeVisible();
  await expect(
    admin.getByRole("table", { name: "Planowana pula dotacji dla organizacji w roku" }).getByRole("row", { name: /2031/ }),
  ).toContainText(/12\s000\s000,00\szł \(30%\)/);

  // the public list in English
  await admin.goto("/en/small-grants");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Small grants open for comments");
  await expect(admin.getByRole("link", { name: "Sąsiedzkie warsztaty ceramiczne na Antoniuku" })).toBeVisible();
  await expectAccessible(admin);
});
