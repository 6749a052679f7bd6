import type { Browser, Page } from "@playwright/test";
import { demoId } from "../lib/db/seed/demo";
import { REPORTS_E2E, reportDemoId } from "../lib/db/seed/reports-ids";
import { expect, expectAccessible, loginAs, test } from "./fixtures";

const R1 = demoId("contract", REPORTS_E2E.settle);
const R2 = demoId("contract", REPORTS_E2E.hold);
const R3 = demoId("contract", REPORTS_E2E.other);

async function as(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}

async function waitForSave(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Zapisano/ })).toBeVisible();
}

async function checkDeclarations(page: Page) {
  for (const box of await page.locator("#section-declarations input[type=checkbox]").all()) await box.check();
}

async function fillLine(page: Page, name: string, total: string, grant: string) {
  await page.getByLabel(`Poniesiony koszt (zł): ${name}`).fill(total);
  await page.getByLabel(`W tym z dotacji (zł): ${name}`).fill(grant);
}

async function decide(admin: Page, url: string, decision: "Przyjmij sprawozdanie" | "Zwróć do poprawy", remarks = "") {
  await admin.goto(url);
  await expectAccessible(admin);
  if (remarks) await admin.getByLabel("Uwagi dla organizacji").fill(remarks);
  await admin.getByRole("button", { name: decision }).click();
  await expect(
    admin
      .getByRole("status")
      .filter({ hasText: decision === "Przyjmij sprawozdanie" ? "Sprawozdanie przyjęte." : "Sprawozdanie zwrócone do poprawy." }),
  ).toBeVisible();
}

test("partial report returned, corrected and accepted; final report; settlement with a return; contract settled", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // two reports, two rounds, two roles, axe on every page
  const partialUrl = `/account/contracts/${R1}/reports/${reportDemoId(REPORTS_E2E.settle, "partial", 2025)}`;
  const adminPartialUrl = `/admin/contracts/${R1}/reports/${reportDemoId(REPORTS_E2E.settle, "partial", 2025)}`;
  const adminFinalUrl = `/admin/contracts/${R1}/reports/${reportDemoId(REPORTS_E2E.settle, "final", 2026)}`;

  await loginAs(page, "ngo@demo.test");
  await page.goto("/account/contracts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje umowy i sprawozdania");
  await expectAccessible(page);
  await page.getByRole("link", { name: `Sprawozdania do umowy ${REPORTS_E2E.settle}` }).click();
  await expect(page.getByTestId("report-status-partial-2025")).toHaveText("Do złożenia");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Wypełnij: Sprawozdanie częściowe za rok 2025" }).click();
  await expect(page).toHaveURL(new RegExp(partialUrl));
  await expectAccessible(page);

  // a first, incomplete submission is refused and keeps what was typed
  await page
    .getByLabel("Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań")
    .fill("Przeprowadzono 96 godzin warsztatów dla 58 uczniów.");
  await page.getByLabel("Co zostało wykonane (działanie 1)").fill("Cykl warsztatów zrealizowany w całości.");
  await fillLine(page, "Warsztaty 2025 (2025)", "32000", "28000");
  await fillLine(page, "Koordynacja 2025 (2025)", "12000", "12000");
  await page.getByLabel("Wkład własny finansowy — wykonanie (zł)").fill("4000");
  await checkDeclarations(page);
  await waitForSave(page);
  await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Popraw błędy w formularzu" });
  await expect(summary).toContainText("Sprawozdanie nie jest kompletne");
  await expect(page.locator("#field-people\\.staff-error")).toHaveText("To pole jest wymagane.");
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel("Poniesiony koszt (zł): Warsztaty 2025 (2025)")).toHaveValue("32000");
  await expect(page.getByTestId("actual-sources-total")).toHaveText("44 000,00 zł");
  await page.getByLabel("Osoby realizujące zadanie (funkcje, kwalifikacje)").fill("Dwoje trenerów, koordynatorka projektu.");
  await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
  await expect(page.getByText("Sprawozdanie zostało złożone (runda 1).")).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("Złożone, czeka na ocenę");
  await expectAccessible(page);

  // the administrator finds it on the dashboard and returns it with remarks (remarks are required)
  const admin = await as(browser, "admin@demo.test");
  await admin.goto("/admin/grants");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: `Sprawozdanie częściowe za rok 2025 — ${REPORTS_E2E.settle}` }).click();
  await expect(admin).toHaveURL(new RegExp(adminPartialUrl));
  await admin.getByRole("button", { name: "Zwróć do poprawy" }).click();
  await expect(admin.locator("#field-remarks-error")).toHaveText("Napisz, co organizacja ma poprawić.");
  await expectAccessible(admin);
  await decide(admin, adminPartialUrl, "Zwróć do poprawy", "Dołącz listy obecności z warsztatów.");

  // the organization reads the remarks, corrects and submits again
  await page.goto(partialUrl);
  await expect(page.getByTestId("remarks")).toHaveText("Dołącz listy obecności z warsztatów.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Dodaj załącznik" }).click();
  await page.getByLabel("Tytuł załącznika 1").fill("Listy obecności");
  await page.getByLabel("Adres (link) załącznika 1").fill("https://soclab.example.org/listy-obecnosci-2025.pdf");
  await waitForSave(page);
  await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
  await expect(page.getByText("Sprawozdanie zostało złożone (runda 2).")).toBeVisible();

  await decide(admin, adminPartialUrl, "Przyjmij sprawozdanie");
  await admin.reload();
  await expect(admin.getByTestId("round-1")).toContainText("Zwrócone do poprawy");
  await expect(admin.getByTestId("round-1")).toContainText("Dołącz listy obecności z warsztatów.");
  await expect(admin.getByTestId("round-2")).toContainText("Przyjęte");
  await expectAccessible(admin);

  // the final report starts from the accepted 2025 spending; 2026 workshops went beyond the 10 % shift
  await page.goto(`/account/contracts/${R1}/reports`);
  await expect(page.getByTestId("report-status-partial-2025")).toHaveText("Przyjęte");
  await page.getByRole("link", { name: "Wypełnij: Sprawozdanie końcowe" }).click();
  await expect(page.getByLabel("Poniesiony koszt (zł): Warsztaty 2025 (2025)")).toHaveValue("32000");
  await expectAccessible(page);
  await page
    .getByLabel("Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań")
    .fill("Dwa cykle warsztatów, 121 uczestników.");
  await page.getByLabel("Co zostało wykonane (działanie 1)").fill("Zrealizowano.");
  await page.getByLabel("Co zostało wykonane (działanie 2)").fill("Zrealizowano z dodatkowymi zajęciami.");
  await fillLine(page, "Warsztaty 2026 (2026)", "49000", "47000");
  await fillLine(page, "Koordynacja 2026 (2026)", "12000", "12000");
  await page.getByLabel("Wkład własny finansowy — wykonanie (zł)").fill("6000");
  await page.getByLabel("Osoby realizujące zadanie (funkcje, kwalifikacje)").fill("Trenerzy i koordynatorka.");
  await checkDeclarations(page);
  await waitForSave(page);
  await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
  await expect(page.getByText("Sprawozdanie zostało złożone (runda 1).")).toBeVisible();

  // acceptance settles: 1 000 zł unused + 800 zł beyond the tolerance (42 000 zł + 10 % = 46 200 zł)
  await decide(admin, adminFinalUrl, "Przyjmij sprawozdanie");
  await admin.goto(`/admin/contracts/${R1}/reports`);
  await expect(admin.getByTestId("settlement-unused")).toHaveText("1 000,00 zł");
  await expect(admin.getByTestId("settlement-overTolerance")).toHaveText("800,00 zł");
  await expect(admin.getByTestId("settlement-toReturn")).toHaveText("1 800,00 zł");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Sprawozdania z umowy ${REPORTS_E2E.settle}`);
  await expectAccessible(admin);

  await page.goto("/account/contracts");
  await expect(page.getByTestId(`contract-${REPORTS_E2E.settle}`)).toContainText("Sprawozdanie końcowe przyjęte");
  await expect(page.getByTestId(`contract-${REPORTS_E2E.settle}`)).toContainText("1 800,00 zł do");

  // the return: above what is due is refused (typed values kept), then recorded → settled
  await admin.getByLabel("Data wpłaty zwrotu").fill("2026-11-26");
  await admin.getByLabel("Kwota zwrotu (zł)").fill("2000");
  await admin.getByRole("button", { name: "Zarejestruj zwrot" }).click();
  await expect(admin.locator("#field-amount-error")).toHaveText("Kwota jest wyższa niż pozostała do zwrotu.");
  await expect(admin.getByLabel("Kwota zwrotu (zł)")).toHaveValue("2000");
  await expectAccessible(admin);
  await admin.getByLabel("Kwota zwrotu (zł)").fill("1800,00");
  await admin.getByRole("button", { name: "Zarejestruj zwrot" }).click();
  await expect(admin.getByText("Zwrot zarejestrowany.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByTestId("settled")).toContainText("Umowa rozliczona");
  await expect(admin.getByTestId("settlement-remaining")).toHaveText("0,00 zł");
  await expectAccessible(admin);

  await page.goto("/account/contracts");
  await expect(page.getByTestId(`contract-${REPORTS_E2E.settle}`)).toContainText("Rozliczona");
  await admin.context().close();
});

test("a later year's tranche is held until the previous year's partial report is accepted", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await loginAs(page, "ngo@demo.test");
  await page.goto("/account/contracts");
  await expect(page.getByTestId(`next-tranche-${REPORTS_E2E.hold}`)).toContainText("Wstrzymana do przyjęcia sprawozdania za 2025");
  await expectAccessible(page);

  const admin = await as(browser, "admin@demo.test");
  await admin.goto(`/admin/contracts/${R2}/reports`);
  await expect(admin.getByTestId("tranche-2026-1")).toHaveText("Wstrzymana do przyjęcia sprawozdania za 2025");
  await expectAccessible(admin);
  // the contract page offers no payment of a held tranche
  await admin.goto(`/admin/contracts/${R2}`);
  await expect(admin.getByRole("button", { name: "Oznacz jako wypłaconą" })).toHaveCount(0);
  await expectAccessible(admin);

  await decide(admin, `/admin/contracts/${R2}/reports/${reportDemoId(REPORTS_E2E.hold, "partial", 2025)}`, "Przyjmij sprawozdanie");
  await admin.goto(`/admin/contracts/${R2}/reports`);
  await expect(admin.getByTestId("tranche-2026-1")).toHaveText("Zaległa (termin minął)");
  await expect(admin.getByTestId("tranche-2027-2")).toHaveText("Wstrzymana do przyjęcia sprawozdania za 2026");

  // now the contract page pays it
  await admin.goto(`/admin/contracts/${R2}`);
  await admin.getByRole("button", { name: "Oznacz jako wypłaconą" }).click();
  await admin.goto(`/admin/contracts/${R2}/reports`);
  await expect(admin.getByTestId("tranche-2026-1")).toContainText("Wypłacona");
  await expectAccessible(admin);

  await page.reload();
  await expect(page.getByTestId(`next-tranche-${REPORTS_E2E.hold}`)).toContainText("Wstrzymana do przyjęcia sprawozdania za 2026");
  await expectAccessible(page);
  await admin.context().close();
});

test.describe("refusals from the outside", () => {
  test("another organization can neither open nor write a contract's reports; an organization cannot review its own", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const target = reportDemoId(REPORTS_E2E.hold, "final", 2027);
    await loginAs(page, "ngo2@demo.test");
    for (const path of [
      `/account/contracts/${R1}/reports`,
      `/account/contracts/${R2}/reports/${target}`,
      `/admin/contracts/${R2}/reports`,
      "/admin/grants",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    }
    await expectAccessible(page);

    // the own report's autosave, tampered to carry another organization's report id
    const own = reportDemoId(REPORTS_E2E.other, "final", 2026);
    await page.route(`**/account/contracts/${R3}/reports/${own}`, async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"])
        await route.continue({ postData: (request.postData() ?? "").replaceAll(own, target) });
      else await route.continue();
    });
    await page.goto(`/account/contracts/${R3}/reports/${own}`);
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Dodatkowe informacje" }).fill("Wpis podrzucony cudzej umowie");
    await expect(page.getByRole("status").filter({ hasText: "Nie udało się zapisać" })).toBeVisible();

    const admin = await as(browser, "admin@demo.test");
    await admin.goto(`/admin/contracts/${R2}/reports/${target}`);
    await expect(admin.getByTestId("report-status")).toHaveText("Do złożenia");
    await expect(admin.getByText("Wpis podrzucony cudzej umowie")).toHaveCount(0);
    await expectAccessible(admin);
    await admin.context().close();

    // the organization's own member cannot open the review page of its report
    const ngo = await as(browser, "ngo@demo.test");
    const response = await ngo.goto(`/admin/contracts/${R2}/reports/${reportDemoId(REPORTS_E2E.hold, "partial", 2025)}`);
    expect(response?.status()).toBe(403);
    await expectAccessible(ngo);
    expect((await ngo.request.post("/api/admin/reports/reminders/run")).status()).toBe(403);
    await ngo.context().close();
  });

  test("the reminder job runs for an administrator and sends nothing twice", async ({ browser }) => {
    const admin = await as(browser, "admin@demo.test");
    const first = await admin.request.post("/api/admin/reports/reminders/run");
    expect(first.status()).toBe(200);
    type Run = { reminders: number; reminded: { reportId: string; kind: string }[] };
    const once = (await first.json()) as Run;
    const again = (await (await admin.request.post("/api/admin/reports/reminders/run")).json()) as Run;
    // (other journeys may make a report due in between: only what was reminded already must not come again)
    const key = (r: { reportId: string; kind: string }) => `${r.reportId}:${r.kind}`;
    expect(again.reminded.map(key).filter((k) => once.reminded.map(key).includes(k))).toEqual([]);
    expect(once.reminders).toBe(once.reminded.length);
    // the overdue final report of R3 is reminded on the first run of a fresh demo database
    expect(once.reminded).toContainEqual({ reportId: reportDemoId(REPORTS_E2E.other, "final", 2026), kind: "after" });
    await admin.context().close();
  });
});

test("the administrator's grants dashboard: statuses, overdue reports, tranches this month, money per year with its table", async ({
  page,
}) => {
  await loginAs(page, "admin@demo.test");
  await page.goto("/admin/grants");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dotacje: umowy, sprawozdania i rozliczenia");
  await expect(page.getByRole("img", { name: /Wykres słupkowy/ })).toBeVisible();
  await expect(page.getByTestId("money-2025-granted")).not.toHaveText("0,00 zł");
  await expect(page.getByRole("table", { name: "Niewypłacone transze z terminem w tym miesiącu" })).toContainText(REPORTS_E2E.other);
  await expect(page.getByRole("table", { name: "Sprawozdania niezłożone w terminie" })).toContainText(REPORTS_E2E.other);
  await expectAccessible(page);

  // from a tranche due this month to the contract's reports, where the city asks for a partial report
  await page.getByRole("link", { name: `Sprawozdania umowy ${REPORTS_E2E.other}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/contracts/${R3}/reports`));
  await page.getByLabel("Koniec okresu sprawozdawczego").fill("2026-06-30");
  await page.getByLabel("Termin złożenia").fill("2026-05-01");
  await page.getByRole("button", { name: "Zażądaj sprawozdania" }).click();
  await expect(page.locator("#field-dueDate-error")).toHaveText(
    "Termin złożenia nie może być wcześniejszy niż koniec okresu sprawozdawczego.",
  );
  await expectAccessible(page);
  await page.getByLabel("Termin złożenia").fill("2026-12-15");
  await page.getByRole("button", { name: "Zażądaj sprawozdania" }).click();
  await expect(page.getByText("Organizacja została poproszona o sprawozdanie częściowe.")).toBeVisible();
  await expect(page.getByTestId("report-status-partial-2026")).toHaveText("Do złożenia");
  await expectAccessible(page);

  // the English version of the dashboard
  await page.goto("/en/admin/grants");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grants: contracts, reports and settlements");
  await expect(page.getByRole("table", { name: "Grants awarded, paid and returned per year (PLN)" })).toBeVisible();
  await expectAccessible(page);
});
