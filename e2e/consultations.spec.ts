import type { Locator, Page } from "@playwright/test";
import { demoCatalog, expect, expectAccessible, setup, tamper, test, waitForHydration } from "./fixtures";

/** A Warsaw calendar date `days` from today, as YYYY-MM-DD. */
function warsawDate(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(Date.now() + days * 86400000));
}

async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement?.textContent ?? "").trim());
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

test("public list and the demo consultation", async ({ page, request }) => {
  const { consultations } = await demoCatalog(request);
  await page.goto("/consultations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konsultacje społeczne");
  await expectAccessible(page);
  // the filters are GET parameters
  await page.getByLabel("Tylko trwające teraz").check();
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/\/consultations\?open=1/);
  await expect(page.getByRole("link", { name: consultations.closed.title })).toHaveCount(0);
  await expect(page.getByLabel("Tylko trwające teraz")).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("link", { name: consultations.open.title }).click();
  await expect(page.getByRole("button", { name: "Skomentuj akapit 3" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kolejność").selectOption("oldest");
  // (the first article is the page itself; the thread's first comment is the second)
  await expect(page.getByRole("article").nth(1)).toContainText("Prosimy o dopisanie do priorytetów badań");
  await page.getByRole("button", { name: "Pokaż 1 odpowiedź" }).first().click();
  await expect(page.getByText("Kwota w § 8 odpowiada projektowi budżetu")).toBeVisible();
});

test("the administrator announces a consultation through the form and comments on it", async ({ as }) => {
  const title = `Konsultacje testowe ${Date.now()}`;
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/consultations/new");
  await expectAccessible(admin);
  await admin.getByLabel("Tytuł").fill(title);
  await admin.getByLabel("Przedmiot konsultacji").fill("Projekt uchwały");
  await admin.getByLabel("Cel konsultacji").fill("Zebranie opinii");
  await admin.getByLabel("Komórka prowadząca").fill("Biuro Pełnomocnika");
  await admin.getByLabel("Zasięg terytorialny").fill("Miasto Białystok");
  await admin.getByLabel("Data rozpoczęcia").fill(warsawDate(-1));
  await admin.getByLabel("Data zakończenia (włącznie)").fill(warsawDate(13));
  await admin.getByLabel("Sposób publikacji wyników").fill("Raport na platformie");
  await admin
    .getByLabel("Projekt dokumentu (Markdown)")
    .fill(
      "§ 1. Cel.\n\n§ 2. Zasady <script>alert(1)</script>.\n\n§ 3. Zakres.\n\n| Zadanie | Kwota |\n|--|--:|\n| Seniorzy | 80 000 zł |\n\n- finansowe\n  - dotacje",
    );
  await admin.getByRole("button", { name: "Utwórz konsultacje" }).click();
  await expect(admin).toHaveURL(/\/admin\/consultations\/[0-9a-f-]{36}$/);
  const id = /([0-9a-f-]{36})$/.exec(admin.url())![1];
  await expectAccessible(admin);

  // the administrator comments too
  await admin.goto(`/consultations/${id}`);
  await expect(admin.getByText("§ 2. Zasady <script>alert(1)</script>.")).toBeVisible();
  // Markdown tables and nested lists of the draft, each in its numbered paragraph
  await expect(admin.locator("#paragraph-4").getByRole("cell", { name: "80 000 zł" })).toBeVisible();
  await expect(admin.locator("#paragraph-5").getByRole("listitem").getByRole("listitem")).toHaveText("dotacje");
  await admin.getByRole("textbox", { name: "Treść uwagi" }).fill("Uwaga administratora do zgłoszenia");
  await admin.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(admin.getByText("Uwaga administratora do zgłoszenia")).toBeVisible();
  await expectAccessible(admin);
});

test("a resident comments by keyboard, follows the consultation, replies, and supports a comment once", async ({ as, request }) => {
  // an open consultation of its own with the administrator's comment
  const { id, title } = await setup(request, "consultations.withAdminComment");
  // a resident comments on paragraph 2 with the keyboard only
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto(`/consultations/${id}`);
  await expect(resident.getByText("§ 2. Zasady <script>alert(1)</script>.")).toBeVisible();
  await waitForHydration(resident);
  await tabTo(resident, "Skomentuj akapit 2");
  await resident.keyboard.press("Enter");
  await expect(resident.getByRole("form", { name: "Uwaga do akapitu 2" })).toBeVisible();
  await resident.keyboard.type("Proszę doprecyzować zasady.");
  await tabTo(resident, "Wyślij uwagę");
  await resident.keyboard.press("Enter");
  await expect(resident.getByText("Proszę doprecyzować zasady.")).toBeVisible();
  // focus moves to the posted comment, which confirms it
  await expect(resident.locator("article:focus")).toContainText("Uwaga została dodana i jest widoczna publicznie.");
  await expect(resident.locator("article:focus")).toContainText("Proszę doprecyzować zasady.");
  await expect(resident.getByText("do akapitu 2")).toBeVisible();
  await expectAccessible(resident);

  // follows the consultation (the cached page learns it from a no-store request)
  await resident.getByRole("link", { name: "Obserwuj te konsultacje" }).click();
  await expect(resident).toHaveURL(/\/account\/notifications\?follow=/);
  await expectAccessible(resident);
  await resident.getByRole("button", { name: "Obserwuj konsultacje" }).click();
  // a confirmation, the consultation in the list of what the person follows, and the way back
  await expect(resident.getByRole("status")).toContainText(`Obserwujesz konsultacje „${title}”`);
  await expect(resident.getByRole("region", { name: "Obserwujesz" }).getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(resident);
  await resident.getByRole("link", { name: "Wróć do konsultacji" }).click();
  await expect(resident).toHaveURL(new RegExp(`/consultations/${id}$`));
  await expect(resident.getByText("Obserwujesz te konsultacje")).toBeVisible();
  await expect(resident.getByRole("link", { name: "Obserwuj te konsultacje" })).toHaveCount(0);

  // replies to the administrator's comment
  await waitForHydration(resident);
  await resident.getByRole("button", { name: "Odpowiedz na uwagę autorstwa Anna Pawłowska" }).click();
  await resident.getByRole("textbox", { name: "Treść odpowiedzi" }).fill("Odpowiedź mieszkańca");
  await resident.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(resident.getByRole("button", { name: "Ukryj odpowiedzi" })).toBeVisible();
  await expect(resident.getByText("Odpowiedź mieszkańca")).toBeVisible();

  // supports once; a second support is refused
  await resident.getByRole("button", { name: "Popieram uwagę autorstwa Anna Pawłowska" }).first().click();
  await expect(resident.getByText("Dziękujemy, poparcie zapisane.")).toBeVisible();
  await resident.reload();
  await waitForHydration(resident);
  await resident.getByRole("button", { name: "Popieram uwagę autorstwa Anna Pawłowska" }).first().click();
  await expect(resident.getByText("Uwagę można poprzeć tylko raz.")).toBeVisible();
  // nobody else's comment offers editing
  await expect(resident.getByRole("button", { name: "Edytuj" })).toHaveCount(1);
});

test("a consultation for NGOs only: a resident is told why they cannot comment; a representative comments on behalf of the organization", async ({
  as,
  request,
}) => {
  const { id } = await setup(request, "consultations.forNgosOnly");
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto(`/consultations/${id}`);
  await waitForHydration(resident);
  await expect(resident.getByText("Te konsultacje są skierowane wyłącznie do organizacji pozarządowych").first()).toBeVisible();
  await expect(resident.getByRole("button", { name: "Wyślij uwagę" })).toHaveCount(0);
  await expectAccessible(resident);

  const representative = await as("ngo@demo.test");
  await representative.goto(`/consultations/${id}`);
  await waitForHydration(representative);
  const form = representative.getByRole("form", { name: "Zgłoś uwagę do całego dokumentu" });
  await expect(form.getByRole("radio", { name: "we własnym imieniu" })).toHaveCount(0);
  await expect(form.getByRole("radio", { name: /w imieniu organizacji/ }).first()).toBeChecked();
  await form.getByRole("textbox").fill("Uwaga organizacji do projektu.");
  await form.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(representative.getByText("Uwaga organizacji do projektu.")).toBeVisible();
  await expect(representative.getByText(/w imieniu: /).first()).toBeVisible();
});

test("three reports hide a comment at once", async ({ as, page, request }) => {
  const { id, comment } = await setup(request, "consultations.withAdminComment");
  for (const email of ["mieszkaniec@demo.test", "ngo@demo.test", "ngo2@demo.test"]) {
    const reporter = await as(email);
    await reporter.goto(`/consultations/${id}`);
    await waitForHydration(reporter);
    const item = reporter.getByRole("article", { name: "Anna Pawłowska" });
    await item.getByText("Zgłoś naruszenie").click();
    await item.getByLabel("Powód zgłoszenia").selectOption("spam");
    await item.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    // the third report hides the comment at once (and with it the form's message)
    await expect(item.getByText("Dziękujemy, zgłoszenie przyjęte.").or(item.getByText("Uwaga ukryta po zgłoszeniach"))).toBeVisible();
  }
  await page.goto(`/consultations/${id}`);
  await expect(page.getByText("Uwaga ukryta po zgłoszeniach")).toBeVisible();
  await expect(page.getByText(comment)).toHaveCount(0);
  await expectAccessible(page);
});

test("a comment hidden by reports is restored by a moderator from the queue; a resident cannot moderate", async ({ as, page, request }) => {
  const { id, comment } = await setup(request, "consultations.autoHidden");
  // a resident is refused the administrator's pages of it
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto(`/admin/consultations/${id}`);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
  await expectAccessible(resident);

  // the administrator restores it from the moderation queue
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/consultations/moderation");
  await expectAccessible(admin);
  const queued = admin.getByRole("listitem").filter({ hasText: comment });
  await queued.getByRole("button", { name: "Przywróć" }).click();
  // restored: it leaves the queue and is visible again
  await expect(queued).toHaveCount(0);
  await page.goto(`/consultations/${id}`);
  await expect(page.getByText(comment)).toBeVisible();
});

test("the administrator closes a consultation, answers every comment and publishes the report; the follower gets it by mail", async ({
  as,
  request,
}) => {
  const { id, title } = await setup(request, "consultations.readyToClose");
  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/consultations/${id}`);
  await admin.getByRole("button", { name: "Zakończ konsultacje" }).click();
  await expect(admin.getByText("Bez odpowiedzi: 3 uwagi.")).toBeVisible();
  await expectAccessible(admin);
  for (let i = 0; i < 3; i++) {
    const form = admin.getByRole("form", { name: /^Odpowiedź na uwagę/ }).nth(i);
    await form.getByLabel("Rozstrzygnięcie").selectOption("accepted");
    await form.getByLabel("Uzasadnienie").fill(`Uzasadnienie ${i + 1}`);
    await form.getByRole("button", { name: "Zapisz odpowiedź" }).click();
    await expect(form.getByText("Odpowiedź zapisana.")).toBeVisible();
  }
  await admin.reload();
  await expect(admin.getByText("Wszystkie uwagi mają odpowiedź.")).toBeVisible();
  await admin.getByLabel("Podsumowanie raportu").fill("Dziękujemy za udział.");
  await admin.getByRole("button", { name: "Opublikuj raport" }).click();
  await expect(admin.getByText("Raport opublikowany", { exact: true })).toBeVisible();
  // the follower got the report by mail
  await admin.goto(`/admin/outbox?to=${encodeURIComponent("mieszkaniec@demo.test")}`);
  await expect(admin.getByRole("link", { name: `Raport z konsultacji: ${title}` })).toBeVisible();
  await expectAccessible(admin);
});

test("a consultation with its report: no more comments; a visitor reads the report, its CSV and open data", async ({
  as,
  page,
  request,
}) => {
  const { id, title } = await setup(request, "consultations.reportPublished");
  // commenting on the closed consultation is not offered
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto(`/consultations/${id}`);
  await expect(resident.getByRole("button", { name: "Skomentuj akapit 1" })).toHaveCount(0);
  await expect(resident.getByRole("button", { name: "Wyślij uwagę" })).toHaveCount(0);
  await expectAccessible(resident);

  // a visitor reads the report
  await page.goto(`/consultations/${id}`);
  await page.getByRole("link", { name: "Przeczytaj raport z konsultacji" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Dziękujemy za udział.")).toBeVisible();
  await expect(page.getByText("Uzasadnienie 1", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  const csv = await page.request.get(`/api/v1/consultations/${id}/report.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Proszę doprecyzować zasady.");
  const api = await page.request.get(`/api/v1/consultations/${id}`);
  expect(JSON.stringify(await api.json())).not.toContain("@demo.test");
});

/** Comments as the per-request thread API returns them (never cached). */
async function threadOf(page: Page, id: string, query = "order=oldest") {
  return (
    (await (await page.request.get(`/api/v1/consultations/${id}/comments?${query}`)).json()) as {
      items: { id: string; body: string | null; authorName: string; moderation: string }[];
    }
  ).items;
}

/** Sends a form of the page with another record's id in its hidden field, as a crafted request would. */
async function tamperField(form: Locator, name: string, value: string) {
  await waitForHydration(form.page());
  const own = (await form.locator(`input[name="${name}"]`).inputValue())!;
  await tamper(form.page(), { [own]: value });
}

test("a long thread opens with its newest page and loads more on demand", async ({ page, request }) => {
  const { title } = await setup(request, "consultations.longThread");
  await page.goto("/consultations");
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const numbered = page.getByText(/^Uwaga w długim wątku nr \d+:/);
  await expect(page.getByText("Uwaga w długim wątku nr 45:")).toBeVisible();
  await expect(page.getByText("Uwaga w długim wątku nr 25:")).toHaveCount(0);
  await expect(numbered).toHaveCount(20);
  await expectAccessible(page);
  const more = page.getByRole("button", { name: "Wczytaj więcej uwag" });
  await more.click();
  await expect(page.getByText("Uwaga w długim wątku nr 25:")).toBeVisible();
  await expect(page.getByText("Uwaga w długim wątku nr 5:")).toHaveCount(0);
  await more.click();
  await expect(page.getByText("Uwaga w długim wątku nr 1:")).toBeVisible();
  // every comment once, none left to load
  await expect(numbered).toHaveCount(45);
  await expect(more).toHaveCount(0);
  await expectAccessible(page);
});

test("a comment a moderator hid is restored from the moderation queue", async ({ as, page, request }) => {
  const { id, reply } = await setup(request, "consultations.hiddenReply");
  const admin = await as("admin@demo.test");
  await admin.goto("/admin/consultations/moderation");
  await expectAccessible(admin);
  const hidden = admin
    .getByRole("region", { name: /^Ukryte przez moderatora/ })
    .getByRole("listitem")
    .filter({ hasText: reply });
  await expect(hidden).toContainText("Powód ukrycia: Sprawdzenie zgłoszenia");
  await hidden.getByRole("button", { name: "Przywróć" }).click();
  await expect(hidden).toHaveCount(0);
  await expectAccessible(admin);
  // visible again to everyone, in place of the moderator's reason
  const [first] = await threadOf(page, id);
  expect((await threadOf(page, id, `parent=${first.id}`)).map((c) => c.body)).toEqual([reply]);
  await page.goto(`/consultations/${id}`);
  await page.getByLabel("Kolejność").selectOption("oldest");
  await page.getByRole("button", { name: "Pokaż 1 odpowiedź" }).first().click();
  await expect(page.getByText(reply)).toBeVisible();
  await expectAccessible(page);
});

test("refused from the outside: a comment sent to a closed consultation", async ({ as, request }) => {
  const { open, closed } = await setup(request, "consultations.openAndClosed");
  const resident = await as("mieszkaniec@demo.test");
  await resident.goto(`/consultations/${closed.id}`);
  await expect(resident.getByRole("button", { name: "Wyślij uwagę" })).toHaveCount(0);
  await expectAccessible(resident);
  // the form of an open consultation, sent for the closed one
  await resident.goto(`/consultations/${open.id}`);
  const form = resident.getByRole("form", { name: "Zgłoś uwagę do całego dokumentu" });
  await tamperField(form, "consultationId", closed.id);
  await form.getByRole("textbox", { name: "Treść uwagi" }).fill("Uwaga wysłana po terminie");
  await form.getByRole("button", { name: "Wyślij uwagę" }).click();
  await expect(form.getByRole("alert")).toContainText("Konsultacje nie przyjmują teraz uwag.");
  await expectAccessible(resident);
  // nothing stored in either consultation
  expect((await threadOf(resident, closed.id)).map((c) => c.body)).toEqual(closed.comments);
  expect(JSON.stringify(await threadOf(resident, open.id, "order=newest"))).not.toContain("Uwaga wysłana po terminie");
});

test("refused from the outside: editing someone else's comment", async ({ as, request }) => {
  const { id, commentId, body } = await setup(request, "consultations.someoneElsesComment");
  const resident = await as("mieszkaniec@demo.test");
  const [someoneElses] = await threadOf(resident, id);
  expect(someoneElses).toMatchObject({ id: commentId, body });
  expect(someoneElses.authorName).not.toBe("Jan Nowak");
  const own = `Moja uwaga do poprawienia ${Date.now()}`;
  await resident.goto(`/consultations/${id}`);
  await waitForHydration(resident);
  await resident.getByRole("textbox", { name: "Treść uwagi" }).fill(own);
  await resident.getByRole("button", { name: "Wyślij uwagę" }).click();
  const mine = resident.getByRole("article", { name: "Jan Nowak" }).filter({ hasText: own });
  await mine.getByRole("button", { name: "Edytuj" }).click();
  // the edit form of one's own comment, sent for someone else's
  const form = resident.locator("form").filter({ has: resident.getByRole("button", { name: "Zapisz zmiany" }) });
  await tamperField(form, "commentId", someoneElses.id);
  await form.getByRole("textbox", { name: "Treść uwagi" }).fill("Przejęta treść");
  await form.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(form.getByRole("alert")).toContainText("Nie masz uprawnień do tej operacji.");
  await expectAccessible(resident);
  const [after] = await threadOf(resident, id);
  expect(after).toMatchObject({ id: someoneElses.id, body: someoneElses.body });
  expect(JSON.stringify(await threadOf(resident, id, "order=newest"))).not.toContain("Przejęta treść");
});

test("refused from the outside: an official answer sent by a resident", async ({ as, request }) => {
  const { id } = await setup(request, "consultations.toAnswer");
  const admin = await as("admin@demo.test");
  const resident = await as("mieszkaniec@demo.test");
  await admin.goto(`/admin/consultations/${id}`);
  await expect(admin.getByText("Bez odpowiedzi: 2 uwagi.")).toBeVisible();
  await expectAccessible(admin);
  // the administrator answers one comment; the request is kept to be replayed
  const sent = admin.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  const form = admin.getByRole("form", { name: /^Odpowiedź na uwagę/ }).first();
  await form.getByLabel("Rozstrzygnięcie").selectOption("accepted");
  await form.getByLabel("Uzasadnienie").fill("Uwzględniono w projekcie.");
  await form.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(form.getByText("Odpowiedź zapisana.")).toBeVisible();
  const request_ = await sent;
  const comments = await threadOf(admin, id);
  const sentBody = request_.postDataBuffer()!.toString("latin1");
  const answered = comments.find((c) => sentBody.includes(c.id))!;
  const other = comments.find((c) => c.id !== answered.id)!;

  // the same action, replayed with the resident's session for the other comment
  const replayed = await resident.request.post(request_.url(), {
    headers: {
      "next-action": request_.headers()["next-action"],
      "content-type": request_.headers()["content-type"],
      accept: "text/x-component",
    },
    data: Buffer.from(sentBody.replace(answered.id, other.id), "latin1"),
  });
  expect(await replayed.text()).toContain("forbidden");
  await admin.reload();
  await expect(admin.getByText("Bez odpowiedzi: 1 uwaga.")).toBeVisible();
  // and the resident cannot open the page of answers at all
  const refused = await resident.goto(`/admin/consultations/${id}`);
  expect(refused?.status()).toBe(403);
  await expectAccessible(resident);
});
