import type { Page } from "@playwright/test";
import { expect, setup, tamper, test, waitForHydration } from "./fixtures";

/*
 * Contracts (issue 6): a contract from a granted offer through signatures to a paid tranche; an
 * amendment moving money between cost lines; refusals from the outside; the public register and API.
 * Every journey works on records of its own (tests/fixtures/contracts.ts).
 */
const BANK_ACCOUNT = "61 1090 1014 0000 0712 1981 2874";

async function switchUser(page: Page, email: string, loginAs: (page: Page, email: string) => Promise<void>) {
  await page.context().clearCookies();
  await loginAs(page, email);
}

test.describe("contracts", () => {
  test("a joint contract (art. 14 ust. 2): each party signs for itself, a partner cannot sign for the lead, signed only when all have; the text states joint liability", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id, parties } = await setup(request, "contracts.jointSent");
    const [owop] = parties.partners;
    const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
    const OWOP = "Ośrodek Wspierania Organizacji Pozarządowych";
    const confirm = "Potwierdzam, że w imieniu tej organizacji umowę podpisały wymienione osoby";

    // OWOP's owner sees both parties waiting and only OWOP's own form.
    await loginAs(page, "ngo2@demo.test");
    await page.goto(`/account/contracts/${id}`);
    const signatures = page.getByRole("list", { name: "Podpisy organizacji" });
    await expect(signatures).toContainText(`${SOCLAB}: czeka na podpis`);
    await expect(signatures).toContainText(`${OWOP}: czeka na podpis`);
    await expect(page.getByRole("heading", { name: `Podpis w imieniu: ${OWOP}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: `Podpis w imieniu: ${SOCLAB}` })).toHaveCount(0);
    await expect(page.getByText("Podpisują: Tomasz Wiśniewski — prezes zarządu")).toBeVisible();
    await expectAccessible(page);

    // Its form posted for the lead instead: refused, nothing signed.
    await waitForHydration(page);
    await tamper(page, { [owop]: parties.lead });
    await page.getByLabel(confirm).check();
    await page.getByRole("button", { name: "Zapisz podpis" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Nie masz uprawnień do tej umowy.");
    await page.unrouteAll({ behavior: "wait" });
    await page.reload();
    await expect(signatures).toContainText(`${SOCLAB}: czeka na podpis`);

    // OWOP signs for itself: the contract still waits for SocLab.
    await page.getByLabel(confirm).check();
    await page.getByRole("button", { name: "Zapisz podpis" }).click();
    await expect(page.getByText(`${OWOP} podpisała umowę. Czekamy na pozostałe podpisy.`)).toBeVisible();
    await expect(signatures).toContainText(
      /Ośrodek Wspierania Organizacji Pozarządowych: podpisano .+ \(Tomasz Wiśniewski — prezes zarządu\)/,
    );
    await expect(page.getByTestId("contract-status")).toHaveText("Wysłana do organizacji");
    await expectAccessible(page);

    // SocLab signs: the organizations' side is complete.
    await switchUser(page, "ngo@demo.test", loginAs);
    await page.goto(`/account/contracts/${id}`);
    await expect(page.getByRole("heading", { name: `Podpis w imieniu: ${OWOP}` })).toHaveCount(0);
    await page.getByLabel(confirm).check();
    await page.getByRole("button", { name: "Zapisz podpis" }).click();
    await expect(page.getByText("Organizacja podpisała umowę. Czeka na podpis Miasta.").first()).toBeVisible();

    // The City signs last: the contract is signed; its text states the joint and several liability and has a signature per party.
    await switchUser(page, "admin@demo.test", loginAs);
    await page.goto(`/admin/contracts/${id}`);
    await page.getByLabel("Osoba podpisująca").fill("Rafał Rudnicki");
    await page.getByRole("button", { name: "Zapisz podpis" }).click();
    await expect(page.getByTestId("contract-status")).toHaveText("Podpisana");
    await page.getByRole("link", { name: "Wersja do druku" }).click();
    await expect(page.getByText(/odpowiadają solidarnie za zobowiązania wynikające z umowy \(art\. 16 ust\. 5/)).toBeVisible();
    await expect(page.getByText(`Zleceniobiorca: ${OWOP}`)).toBeVisible();
    await expect(page.getByText(`Zleceniobiorca: ${SOCLAB}`)).toBeVisible();
    // § 3 states each party's share of the costs and of the grant (V.C of the offer: half each of the 20 000 zł grant)
    const split = page.getByRole("table", { name: "Podział kosztów i dotacji między Zleceniobiorców (część V.C oferty)" });
    await expect(split.getByRole("row").filter({ hasText: OWOP })).toContainText("10 000,00 zł");
    await expect(split.getByRole("row").filter({ hasText: SOCLAB })).toContainText("10 000,00 zł");
    await expect(split.getByRole("row").filter({ hasText: "Razem" })).toContainText("20 000,00 zł");
    await expectAccessible(page);
  });

  test("from a granted offer: drafted, an invalid account refused, sent to the organization, printed", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const granted = await setup(request, "contracts.grantedOffer");
    const OFFER_TITLE = granted.title;
    await loginAs(page, "admin@demo.test");
    await page.goto("/admin/contracts");
    await expect(page.getByRole("heading", { level: 1, name: "Umowy dotacyjne" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: `Przygotuj projekt umowy dla oferty „${OFFER_TITLE}”` }).click();
    await expect(page).toHaveURL(/\/admin\/contracts\/[0-9a-f-]{36}\/edit$/);
    const id = /contracts\/([0-9a-f-]{36})/.exec(page.url())![1];
    await expectAccessible(page);

    // The draft's own fields; the representatives come from the offer.
    await expect(page.getByLabel(/^Reprezentanci: Fundacja Laboratorium/)).toHaveValue("Katarzyna Sobolewska, prezes zarządu");
    await page.getByLabel("Numer rachunku bankowego").fill("12 3456");
    await page.getByRole("button", { name: "Zapisz projekt" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Numer rachunku jest niepoprawny");
    await page.getByLabel("Numer rachunku bankowego").fill(BANK_ACCOUNT);
    await page.getByLabel("Przedstawiciele Miasta").fill("Rafał Rudnicki, Zastępca Prezydenta Miasta");
    await page.getByRole("button", { name: "Zapisz projekt" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano." })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Wróć do umowy" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/contracts/${id}$`));
    const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace(/^Umowa /, "").trim();
    expect(number).toMatch(/^DSS-I\.526\.\d+\.\d{4}$/);
    await expect(page.getByTestId("total-grant")).toHaveText("20 000,00 zł");
    await page.getByRole("button", { name: "Wyślij do organizacji" }).click();
    await expect(page.getByTestId("contract-status")).toHaveText("Wysłana do organizacji");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Wersja do druku" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Umowa nr ${number}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "§ 3. Wysokość dotacji" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a sent contract signed by both sides; a tranche above the grant refused, a tranche paid; in the register and open data", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    // a contract of its own, drawn up from SocLab's granted offer and sent (its task starts in two days)
    const { id, number, title: OFFER_TITLE, startDate } = await setup(request, "contracts.sent");
    // the cached register (per filter combination), rendered before the signatures, shows it after
    const registers = ["/contracts", `/contracts?year=${startDate.slice(0, 4)}&form=`];
    for (const url of registers) expect(await (await request.get(url)).text()).not.toContain(number);
    // a filter value the register cannot have is a 404, so it cannot fill the cache
    for (const url of [
      "/contracts?year=abc",
      "/contracts?form=bogus",
      "/contracts?area=nonexistent",
      "/contracts?organization=00000000-0000-4000-8000-000000000000",
      "/contracts?page=99999",
    ])
      expect((await request.get(url)).status(), url).toBe(404);
    await loginAs(page, "ngo@demo.test");

    // The organization signs in its account.
    await page.goto(`/account/contracts/${id}`);
    await expectAccessible(page);
    await expect(page.getByText("Podpisują: Katarzyna Sobolewska — prezes zarządu")).toBeVisible();
    await page.getByLabel("Potwierdzam, że w imieniu tej organizacji umowę podpisały wymienione osoby").check();
    await page.getByRole("button", { name: "Zapisz podpis" }).click();
    await expect(page.getByText("Organizacja podpisała umowę. Czeka na podpis Miasta.").first()).toBeVisible();

    // The City signs; the task starts later, so the contract is signed (not yet in progress).
    await switchUser(page, "admin@demo.test", loginAs);
    await page.goto(`/admin/contracts/${id}`);
    await page.getByLabel("Osoba podpisująca").fill("Rafał Rudnicki");
    await page.getByRole("button", { name: "Zapisz podpis" }).click();
    await expect(page.getByTestId("contract-status")).toHaveText("Podpisana");
    await expectAccessible(page);

    // A tranche above the grant is refused and nothing is scheduled; the whole grant is accepted.
    // the first tranche on the day the task starts (within 30 days of signing)
    await page.getByLabel("Termin wypłaty").fill(startDate);
    await page.getByLabel("Kwota", { exact: true }).fill("20000,01");
    await page.getByRole("button", { name: "Dodaj", exact: true }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      "Transze tego roku przekroczyłyby dotację na ten rok.",
    );
    await expect(page.getByTestId("tranche")).toHaveCount(0);
    await page.getByLabel("Kwota", { exact: true }).fill("20000,00");
    await page.getByRole("button", { name: "Dodaj", exact: true }).click();
    await expect(page.getByTestId("tranche")).toHaveCount(1);
    await page.getByRole("button", { name: "Oznacz jako wypłaconą" }).click();
    await expect(page.getByTestId("tranche")).toContainText("20 000,00 zł");
    await expect(page.getByTestId("tranche")).toContainText("✓");
    await expect(page.getByTestId("contract-status")).toHaveText("W realizacji");
    await expectAccessible(page);

    // The public register and the open data show it, without the account or the people.
    await page.goto(registers[1]);
    await expect(page.getByRole("link", { name: number })).toBeVisible();
    await page.goto(registers[0]);
    await expect(page.getByRole("link", { name: number })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: number }).click();
    await expect(page.getByRole("heading", { level: 1, name: OFFER_TITLE })).toBeVisible();
    await expectAccessible(page);
    const api = await request.get(`/api/v1/contracts/${id}`);
    expect(api.status()).toBe(200);
    const text = await api.text();
    expect(JSON.parse(text)).toMatchObject({ number, status: "in_progress", totalGrantGrosze: 20_000_00 });
    for (const secret of [BANK_ACCOUNT, "Sobolewska", "Rudnicki"]) expect(text).not.toContain(secret);
  });

  test("an amendment moving money between lines: within the tolerance explained, beyond it accepted as a new version", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id } = await setup(request, "contracts.running");
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/account/contracts/${id}`);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Wnioskuj o aneks" }).click();
    await expect(page.getByText(/nie wzrośnie o więcej niż 10% swojej wartości/)).toBeVisible();
    await expectAccessible(page);
    const first = page.getByLabel(/^Prace ogrodnicze i warsztaty/);
    const second = page.getByLabel(/^Sadzonki i narzędzia/);
    await first.fill("24500,00");
    await second.fill("10500,00");
    await page.getByLabel("Uzasadnienie").fill("Droższe sadzonki po przymrozkach, mniej godzin warsztatów.");
    await page.getByRole("button", { name: "Złóż wniosek o aneks" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      "mieszczą się w dopuszczalnej tolerancji umowy — aneks nie jest potrzebny",
    );
    await expectAccessible(page);
    await first.fill("23000,00");
    await second.fill("12000,00");
    await page.getByRole("button", { name: "Złóż wniosek o aneks" }).click();
    await expect(page.getByText("Wniosek złożony.")).toBeVisible();
    await expect(page.getByTestId("amendment").first()).toContainText("Sadzonki i narzędzia");

    await switchUser(page, "admin@demo.test", loginAs);
    await page.goto(`/admin/contracts/${id}`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Przyjmij aneks" }).click();
    await expect(page.getByTestId("amendment").first()).toContainText("Aneks nr 1 — Przyjęty");
    await expect(page.getByTestId("cost-line").nth(1)).toContainText("12 000,00 zł");
    await page.getByRole("link", { name: /^Wersje umowy \(2\)/ }).click();
    await expect(page.getByRole("heading", { name: "Wersja 2 — po aneksie nr 1 (obowiązująca)" })).toBeVisible();
    await expect(page.getByTestId("version").first()).toContainText("Dotacja w pozycji: Sadzonki i narzędzia");
    await expect(page.getByTestId("version").first()).toContainText("10 000,00 zł");
    await expectAccessible(page);
  });

  test("refusals from the outside: another organization's contract by page, by action and by file", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    // OWOP's contract (ngo2@demo.test's organization, never ngo@demo.test's) and SocLab's own
    const other = (await setup(request, "contracts.running", { organization: "owop" })).id;
    const own = (await setup(request, "contracts.running")).id;
    await loginAs(page, "ngo@demo.test");
    for (const path of [`/account/contracts/${other}`, `/account/contracts/${other}/versions`, `/admin/contracts/${other}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByText("Katarzyna")).toHaveCount(0);
    }
    await expectAccessible(page);
    expect((await page.request.get(`/api/v1/contracts/${other}/scan`)).status()).toBe(403);

    // The request form of its own contract, posted with the other organization's contract id.
    await page.goto(`/account/contracts/${own}/amendment`);
    await waitForHydration(page);
    await tamper(page, { [own]: other });
    await page.getByLabel("Uzasadnienie").fill("Próba zmiany cudzej umowy z zewnątrz.");
    await page.getByRole("button", { name: "Złóż wniosek o aneks" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Nie masz uprawnień do tej umowy.");
    await page.unrouteAll({ behavior: "wait" });

    // Nothing changed on the other contract.
    await switchUser(page, "admin@demo.test", loginAs);
    await page.goto(`/admin/contracts/${other}`);
    await expect(page.getByText("Nie złożono wniosków o aneks.")).toBeVisible();
    await expectAccessible(page);
  });
});
