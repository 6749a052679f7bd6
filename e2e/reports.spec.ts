import type { Page } from "@playwright/test";
import { demoCatalog, expect, expectAccessible, loginAs, setup, test } from "./fixtures";

/*
 * Reports (art. 18) on contracts of the journeys' own (tests/fixtures/reports.ts): SocLab's contract
 * over the two past years (grants 40 000 and 60 000 zł, both paid) taken step by step from its first
 * partial report to its settlement, a contract whose tranches wait for reports, refusals from the
 * outside, the reminder job, and the administrator's dashboard.
 */

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

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date());

test.describe("from the first partial report to the settlement", () => {
  test("a partial report: an incomplete one refused and kept, then submitted", async ({ page, request }) => {
    const contract = await setup(request, "reports.due");
    const [first] = contract.years;
    const partialUrl = `/account/contracts/${contract.id}/reports/${contract.reports.partial[first]}`;

    await loginAs(page, "ngo@demo.test");
    await page.goto("/account/contracts");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje umowy i sprawozdania");
    await expectAccessible(page);
    await page.getByRole("link", { name: `Sprawozdania do umowy ${contract.number}` }).click();
    await expect(page.getByTestId(`report-status-partial-${first}`)).toHaveText("Do złożenia");
    await expectAccessible(page);
    await page.getByRole("link", { name: `Wypełnij: Sprawozdanie częściowe za rok ${first}` }).click();
    await expect(page).toHaveURL(new RegExp(partialUrl));
    await expectAccessible(page);

    // a first, incomplete submission is refused and keeps what was typed
    await page
      .getByLabel("Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań")
      .fill("Przeprowadzono 96 godzin warsztatów dla 58 uczniów.");
    await page.getByLabel("Co zostało wykonane (działanie 1)").fill("Cykl warsztatów zrealizowany w całości.");
    await fillLine(page, `Warsztaty ${first} (${first})`, "32000", "28000");
    await fillLine(page, `Koordynacja ${first} (${first})`, "12000", "12000");
    await page.getByLabel("Wkład własny finansowy — wykonanie (zł)").fill("4000");
    await checkDeclarations(page);
    await waitForSave(page);
    await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Popraw błędy w formularzu" });
    await expect(summary).toContainText("Sprawozdanie nie jest kompletne");
    await expect(page.locator("#field-people\\.staff-error")).toHaveText("To pole jest wymagane.");
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByLabel(`Poniesiony koszt (zł): Warsztaty ${first} (${first})`)).toHaveValue("32000");
    await expect(page.getByTestId("actual-sources-total")).toHaveText("44 000,00 zł");
    await page.getByLabel("Osoby realizujące zadanie (funkcje, kwalifikacje)").fill("Dwoje trenerów, koordynatorka projektu.");
    await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
    await expect(page.getByText("Sprawozdanie zostało złożone (runda 1).")).toBeVisible();
    await expect(page.getByTestId("report-status")).toHaveText("Złożone, czeka na ocenę");
    await expectAccessible(page);
  });

  test("the city finds a submitted report on its dashboard and returns it with remarks (remarks are required)", async ({ as, request }) => {
    const contract = await setup(request, "reports.partialSubmitted");
    const [first] = contract.years;
    const adminPartialUrl = `/admin/contracts/${contract.id}/reports/${contract.reports.partial[first]}`;
    const admin = await as("admin@demo.test");
    await admin.goto("/admin/grants");
    await expectAccessible(admin);
    await admin.getByRole("link", { name: `Sprawozdanie częściowe za rok ${first} — ${contract.number}` }).click();
    await expect(admin).toHaveURL(new RegExp(adminPartialUrl));
    await admin.getByRole("button", { name: "Zwróć do poprawy" }).click();
    await expect(admin.locator("#field-remarks-error")).toHaveText("Napisz, co organizacja ma poprawić.");
    await expectAccessible(admin);
    await decide(admin, adminPartialUrl, "Zwróć do poprawy", "Dołącz listy obecności z warsztatów.");
  });

  test("the organization corrects a returned report and submits it again; the city accepts it; every round is kept", async ({
    page,
    as,
    request,
  }) => {
    const contract = await setup(request, "reports.partialReturned");
    const [first] = contract.years;
    const partialUrl = `/account/contracts/${contract.id}/reports/${contract.reports.partial[first]}`;
    const adminPartialUrl = `/admin/contracts/${contract.id}/reports/${contract.reports.partial[first]}`;

    // the organization reads the remarks, corrects and submits again
    await loginAs(page, "ngo@demo.test");
    await page.goto(partialUrl);
    await expect(page.getByTestId("remarks")).toHaveText("Dołącz listy obecności z warsztatów.");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Dodaj załącznik" }).click();
    await page.getByLabel("Tytuł załącznika 1").fill("Listy obecności");
    await page.getByLabel("Adres (link) załącznika 1").fill("https://soclab.example.org/listy-obecnosci.pdf");
    await waitForSave(page);
    await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
    await expect(page.getByText("Sprawozdanie zostało złożone (runda 2).")).toBeVisible();

    const admin = await as("admin@demo.test");
    await decide(admin, adminPartialUrl, "Przyjmij sprawozdanie");
    await admin.reload();
    await expect(admin.getByTestId("round-1")).toContainText("Zwrócone do poprawy");
    await expect(admin.getByTestId("round-1")).toContainText("Dołącz listy obecności z warsztatów.");
    await expect(admin.getByTestId("round-2")).toContainText("Przyjęte");
    await expectAccessible(admin);
  });

  test("the final report starts from the accepted spending; its acceptance settles the grant (money beyond the 10 % shift comes back)", async ({
    page,
    as,
    request,
  }) => {
    const contract = await setup(request, "reports.partialAccepted");
    const [first, second] = contract.years;
    const adminFinalUrl = `/admin/contracts/${contract.id}/reports/${contract.reports.final}`;

    await loginAs(page, "ngo@demo.test");
    await page.goto(`/account/contracts/${contract.id}/reports`);
    await expect(page.getByTestId(`report-status-partial-${first}`)).toHaveText("Przyjęte");
    await page.getByRole("link", { name: "Wypełnij: Sprawozdanie końcowe" }).click();
    await expect(page.getByLabel(`Poniesiony koszt (zł): Warsztaty ${first} (${first})`)).toHaveValue("32000");
    await expectAccessible(page);
    await page
      .getByLabel("Opis osiągniętych rezultatów wraz z liczbowym określeniem skali działań")
      .fill("Dwa cykle warsztatów, 121 uczestników.");
    await page.getByLabel("Co zostało wykonane (działanie 1)").fill("Zrealizowano.");
    await page.getByLabel("Co zostało wykonane (działanie 2)").fill("Zrealizowano z dodatkowymi zajęciami.");
    await fillLine(page, `Warsztaty ${second} (${second})`, "49000", "47000");
    await fillLine(page, `Koordynacja ${second} (${second})`, "12000", "12000");
    await page.getByLabel("Wkład własny finansowy — wykonanie (zł)").fill("6000");
    await page.getByLabel("Osoby realizujące zadanie (funkcje, kwalifikacje)").fill("Trenerzy i koordynatorka.");
    await checkDeclarations(page);
    await waitForSave(page);
    await page.getByRole("button", { name: "Złóż sprawozdanie" }).click();
    await expect(page.getByText("Sprawozdanie zostało złożone (runda 1).")).toBeVisible();

    // acceptance settles: 1 000 zł unused + 200 zł beyond the tolerance, 10 % of the item's total
    // (§ 5 of the framework contract): workshops of 48 000 zł, 42 000 zł of it grant → 42 000 + 4 800 = 46 800 zł allowed
    const admin = await as("admin@demo.test");
    await decide(admin, adminFinalUrl, "Przyjmij sprawozdanie");
    await admin.goto(`/admin/contracts/${contract.id}/reports`);
    await expect(admin.getByTestId("settlement-unused")).toHaveText("1 000,00 zł");
    await expect(admin.getByTestId("settlement-overTolerance")).toHaveText("200,00 zł");
    await expect(admin.getByTestId("settlement-toReturn")).toHaveText("1 200,00 zł");
    const settledLines = admin.getByRole("table", { name: "Pozycje kosztorysu: koszt i dotacja wg umowy" });
    await expect(settledLines.getByRole("row", { name: `Warsztaty ${second} (${second})` })).toContainText(
      ["48 000,00 zł", "42 000,00 zł", "46 800,00 zł", "47 000,00 zł", "200,00 zł"].join(""),
    );
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Sprawozdania z umowy ${contract.number}`);
    await expectAccessible(admin);

    await page.goto("/account/contracts");
    await expect(page.getByTestId(`contract-${contract.number}`)).toContainText("Sprawozdanie końcowe przyjęte");
    await expect(page.getByTestId(`contract-${contract.number}`)).toContainText("1 200,00 zł do");
  });
  // payments of returns, their interest and the settlement: e2e/returns.spec.ts
});

test("a later year's tranche is held while the previous year's partial report is not accepted", async ({ page, as, request }) => {
  const contract = await setup(request, "reports.heldTranche");
  const [first, second] = contract.years;
  await loginAs(page, "ngo@demo.test");
  await page.goto("/account/contracts");
  await expect(page.getByTestId(`next-tranche-${contract.number}`)).toContainText(`Wstrzymana do przyjęcia sprawozdania za ${first}`);
  await expectAccessible(page);

  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/contracts/${contract.id}/reports`);
  await expect(admin.getByTestId(`tranche-${second}-1`)).toHaveText(`Wstrzymana do przyjęcia sprawozdania za ${first}`);
  await expectAccessible(admin);
  // the contract page offers no payment of a held tranche
  await admin.goto(`/admin/contracts/${contract.id}`);
  await expect(admin.getByRole("button", { name: "Oznacz jako wypłaconą" })).toHaveCount(0);
  await expectAccessible(admin);
});

test("once the previous year's partial report is accepted, the held tranche is paid; the next one waits for its own year", async ({
  page,
  as,
  request,
}) => {
  const contract = await setup(request, "reports.heldTranche");
  const [first, second, third] = contract.years;
  const admin = await as("admin@demo.test");
  await decide(admin, `/admin/contracts/${contract.id}/reports/${contract.reports.partial[first]}`, "Przyjmij sprawozdanie");
  await admin.goto(`/admin/contracts/${contract.id}/reports`);
  await expect(admin.getByTestId(`tranche-${second}-1`)).toHaveText("Zaległa (termin minął)");
  await expect(admin.getByTestId(`tranche-${third}-2`)).toHaveText(`Wstrzymana do przyjęcia sprawozdania za ${second}`);

  // now the contract page pays it
  await admin.goto(`/admin/contracts/${contract.id}`);
  await admin.getByRole("button", { name: "Oznacz jako wypłaconą" }).click();
  await admin.goto(`/admin/contracts/${contract.id}/reports`);
  await expect(admin.getByTestId(`tranche-${second}-1`)).toContainText("Wypłacona");
  await expectAccessible(admin);

  await loginAs(page, "ngo@demo.test");
  await page.goto("/account/contracts");
  await expect(page.getByTestId(`next-tranche-${contract.number}`)).toContainText(`Wstrzymana do przyjęcia sprawozdania za ${second}`);
  await expectAccessible(page);
});

test.describe("refusals from the outside", () => {
  test("another organization can neither open nor write a contract's reports", async ({ page, as, request }) => {
    const { soclab, owop } = await setup(request, "reports.twoOrganizations");
    const target = soclab.reports.final;
    await loginAs(page, "ngo2@demo.test");
    for (const path of [
      `/account/contracts/${soclab.id}/reports`,
      `/account/contracts/${soclab.id}/reports/${target}`,
      `/admin/contracts/${soclab.id}/reports`,
      "/admin/grants",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    }
    await expectAccessible(page);

    // the own report's autosave, tampered to carry another organization's report id
    const own = owop.reports.final;
    await page.route(`**/account/contracts/${owop.id}/reports/${own}`, async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"])
        await route.continue({ postData: (request.postData() ?? "").replaceAll(own, target) });
      else await route.continue();
    });
    await page.goto(`/account/contracts/${owop.id}/reports/${own}`);
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Dodatkowe informacje" }).fill("Wpis podrzucony cudzej umowie");
    await expect(page.getByRole("status").filter({ hasText: "Nie udało się zapisać" })).toBeVisible();

    const admin = await as("admin@demo.test");
    await admin.goto(`/admin/contracts/${soclab.id}/reports/${target}`);
    await expect(admin.getByTestId("report-status")).toHaveText("Do złożenia");
    await expect(admin.getByText("Wpis podrzucony cudzej umowie")).toHaveCount(0);
    await expectAccessible(admin);
  });

  test("an organization cannot review its own report nor run the reminder job", async ({ as, request }) => {
    const { soclab } = await setup(request, "reports.twoOrganizations");
    const [first] = soclab.years;
    // the organization's own member cannot open the review page of its report
    const ngo = await as("ngo@demo.test");
    const response = await ngo.goto(`/admin/contracts/${soclab.id}/reports/${soclab.reports.partial[first]}`);
    expect(response?.status()).toBe(403);
    await expectAccessible(ngo);
    expect((await ngo.request.post("/api/admin/reports/reminders/run")).status()).toBe(403);
  });

  test("the reminder job runs for an administrator and sends nothing twice", async ({ as, request }) => {
    const contract = await setup(request, "reports.overdueFinal");
    const admin = await as("admin@demo.test");
    const first = await admin.request.post("/api/admin/reports/reminders/run");
    expect(first.status()).toBe(200);
    type Run = { reminders: number; reminded: { reportId: string; kind: string }[] };
    const once = (await first.json()) as Run;
    const again = (await (await admin.request.post("/api/admin/reports/reminders/run")).json()) as Run;
    // (other journeys may make a report due in between: only what was reminded already must not come again)
    const key = (r: { reportId: string; kind: string }) => `${r.reportId}:${r.kind}`;
    expect(again.reminded.map(key).filter((k) => once.reminded.map(key).includes(k))).toEqual([]);
    expect(once.reminders).toBe(once.reminded.length);
    // the overdue final report made for this test is reminded (the one after the due date)
    expect(once.reminded).toContainEqual({ reportId: contract.reports.final, kind: "after" });
  });
});

test("the administrator's grants dashboard: statuses, overdue reports, tranches this month, money per year with its table", async ({
  page,
  request,
}) => {
  const { contracts } = await demoCatalog(request);
  await loginAs(page, "admin@demo.test");
  await page.goto("/admin/grants");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dotacje: umowy, sprawozdania i rozliczenia");
  await expect(page.getByRole("img", { name: /Wykres słupkowy/ })).toBeVisible();
  const lastYear = Number(today().slice(0, 4)) - 1;
  await expect(page.getByTestId(`money-${lastYear}-granted`)).not.toHaveText("0,00 zł");
  await expect(page.getByRole("table", { name: "Niewypłacone transze z terminem w tym miesiącu" })).toContainText(
    contracts.trancheThisMonth.number,
  );
  await expect(page.getByRole("table", { name: "Sprawozdania niezłożone w terminie" })).toContainText(contracts.overdueReport.number);
  await expectAccessible(page);

  // the English version of the dashboard
  await page.goto("/en/admin/grants");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grants: contracts, reports and settlements");
  await expect(page.getByRole("table", { name: "Grants awarded, paid and returned per year (PLN)" })).toBeVisible();
  await expectAccessible(page);
});

test("from a tranche due this month to the contract's reports, where the city asks for a partial report", async ({ page, request }) => {
  const contract = await setup(request, "reports.trancheThisMonth");
  await loginAs(page, "admin@demo.test");
  await page.goto("/admin/grants");
  await page.getByRole("link", { name: `Sprawozdania umowy ${contract.number}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/contracts/${contract.id}/reports`));
  await page.getByLabel("Koniec okresu sprawozdawczego").fill(contract.periodEnd);
  await page.getByLabel("Termin złożenia").fill(contract.dueBeforePeriodEnd);
  await page.getByRole("button", { name: "Zażądaj sprawozdania" }).click();
  await expect(page.locator("#field-dueDate-error")).toHaveText(
    "Termin złożenia nie może być wcześniejszy niż koniec okresu sprawozdawczego.",
  );
  await expectAccessible(page);
  await page.getByLabel("Termin złożenia").fill(contract.dueDate);
  await page.getByRole("button", { name: "Zażądaj sprawozdania" }).click();
  await expect(page.getByText("Organizacja została poproszona o sprawozdanie częściowe.")).toBeVisible();
  await expect(page.getByTestId(`report-status-partial-${contract.periodEnd.slice(0, 4)}`)).toHaveText("Do złożenia");
  await expectAccessible(page);
});
