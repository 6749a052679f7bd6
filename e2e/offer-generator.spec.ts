import type { Page } from "@playwright/test";
import { expect, setup, test } from "./fixtures";

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";

async function waitForSave(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Zapisano/ })).toBeVisible();
}

/** The focused element's block (its field with label, or the table) starts below the sticky save status. */
async function focusedFieldBelowStickyBar(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const block = focused.closest<HTMLElement>("[data-field], [id^='field-']") ?? focused;
    const bar = document.querySelector<HTMLElement>("p.sticky[role=status]")!;
    const top = block.getBoundingClientRect().top;
    return top >= bar.getBoundingClientRect().bottom && top < window.innerHeight;
  });
}

test.describe("offer generator: keyboard, check links, resuming, read-only (ngo@demo.test, SocLab)", () => {
  test("with the keyboard alone: adds cost rows (focus on the new row), removes one and undoes it; limits and hints at the fields", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { offerId } = await setup(request, "offers.started");
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/offers/${offerId}/edit`);

    // the joint offer's partners: a closed disclosure below the task list
    const partners = page.getByTestId("partners");
    await expect(partners).not.toHaveAttribute("open");
    await expect(page.getByLabel("KRS albo NIP organizacji partnerskiej")).toBeHidden();
    expect(
      await page.evaluate(() => {
        const list = document.querySelector("nav[aria-labelledby=task-list-title]")!;
        const disclosure = document.querySelector("[data-testid=partners]")!;
        return Boolean(list.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);

    // the official form's hint and the character limit, counted down as one types
    const description = page.getByLabel("Syntetyczny opis zadania");
    await expect(description).toHaveAccessibleDescription(/Wskaż i opisz: miejsce realizacji zadania, grupę docelową/);
    await expect(description).toHaveAccessibleDescription(/Możesz wpisać najwyżej 4000 znaków/);
    await description.fill("Warsztaty");
    await expect(page.getByTestId("field-task.description-count-left")).toHaveText("Zostało 3991 znaków");

    const costs = page.locator("#field-costs\\.lines");
    const add = costs.getByRole("button", { name: "Dodaj wiersz" });
    await add.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Rodzaj kosztu 1")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Rok 1")).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.type("Wynajem sali");
    await page.keyboard.press("Tab");
    await page.keyboard.type("10");
    await page.keyboard.press("Tab");
    await page.keyboard.type("godz.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("100");
    await expect(page.getByTestId("total-cost")).toHaveText("1 000,00 zł");
    await page.keyboard.press("Tab");
    await expect(costs.getByRole("button", { name: "Usuń wiersz 1" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(add).toBeFocused();

    // an amount past the limit: the table's error is shown, and the cells it is about point to it
    const unitCost1 = page.getByLabel("Koszt jednostkowy (zł) 1");
    await unitCost1.fill("9999999999"); // × 10 units: over the largest amount
    const linesError = page.locator("#field-costs\\.lines-error");
    await expect(linesError).toBeVisible();
    await expect(unitCost1).toHaveAttribute("aria-invalid", "true");
    await expect(unitCost1).toHaveAccessibleDescription(await linesError.innerText());
    await expect(page.getByLabel("Nazwa kosztu 1")).not.toHaveAttribute("aria-invalid");
    await unitCost1.fill("100");
    await expect(linesError).toHaveCount(0);
    await expect(unitCost1).not.toHaveAttribute("aria-invalid");
    await add.focus();

    // a second row: focus on its first field
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Rodzaj kosztu 2")).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Materiały");
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    await expect(costs.getByRole("button", { name: "Usuń wiersz 2" })).toBeFocused();

    // removed: focus stays in the table, on the undo button; the removal is announced; undo restores the row
    await page.keyboard.press("Enter");
    const undo2 = costs.getByRole("button", { name: "Cofnij usunięcie wiersza 2" });
    await expect(undo2).toBeFocused();
    await expect(costs.getByRole("status")).toHaveText("Usunięto wiersz 2.");
    await expect(page.getByLabel("Nazwa kosztu 2")).toHaveCount(0);
    await expectAccessible(page);
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Rodzaj kosztu 2")).toBeFocused();
    await expect(page.getByLabel("Nazwa kosztu 2")).toHaveValue("Materiały");
    await expect(costs.getByRole("status")).toHaveText("Przywrócono wiersz 2.");
    await expect(undo2).toHaveCount(0);

    // the first row removed: the next row moves up, undo puts it back in its place
    await page.keyboard.press("Shift+Tab");
    await expect(costs.getByRole("button", { name: "Usuń wiersz 1" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(costs.getByRole("button", { name: "Cofnij usunięcie wiersza 1" })).toBeFocused();
    await expect(page.getByLabel("Nazwa kosztu 1")).toHaveValue("Materiały");
    await expect(page.getByTestId("total-cost")).toHaveText("0,00 zł");
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Rodzaj kosztu 1")).toBeFocused();
    await expect(page.getByLabel("Nazwa kosztu 1")).toHaveValue("Wynajem sali");
    await expect(page.getByLabel("Nazwa kosztu 2")).toHaveValue("Materiały");
    await expect(page.getByTestId("total-cost")).toHaveText("1 000,00 zł");

    // saved as left
    await waitForSave(page);
    await page.reload();
    await expect(page.getByLabel("Nazwa kosztu 1")).toHaveValue("Wynajem sali");
    await expect(page.getByLabel("Nazwa kosztu 2")).toHaveValue("Materiały");
  });

  test("the check page names each problem's field by the form's number; its link focuses the field below the sticky bar, the error at it", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { offerId } = await setup(request, "offers.started");
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/offers/${offerId}/check`);
    const startDate = page.getByRole("link", { name: "III.2 Data rozpoczęcia: Uzupełnij to pole." });
    await expect(startDate).toBeVisible();
    await expect(page.getByRole("link", { name: "IV.1 Wcześniejsza działalność oferenta: Uzupełnij to pole." })).toBeVisible();

    await startDate.click();
    await expect(page).toHaveURL(new RegExp(`/offers/${offerId}/edit#field-task.startDate$`));
    const field = page.getByLabel("Data rozpoczęcia");
    await expect(field).toBeFocused();
    await expect(page.locator("#field-task\\.startDate-error")).toHaveText("Uzupełnij to pole.");
    await expect(field).toHaveAccessibleDescription(/Uzupełnij to pole/);
    expect(await focusedFieldBelowStickyBar(page)).toBe(true);
    await expectAccessible(page);

    // a table's problem: focus on its first control (no rows yet: "Dodaj wiersz")
    await page.goBack();
    await page.getByRole("link", { name: "III.4 Plan i harmonogram działań: Uzupełnij to pole." }).click();
    const schedule = page.locator("#field-task\\.schedule");
    await expect(schedule.getByRole("button", { name: "Dodaj wiersz" })).toBeFocused();
    await expect(schedule).toContainText("Uzupełnij to pole.");
    expect(await focusedFieldBelowStickyBar(page)).toBe(true);
  });

  test("'Złóż ofertę' in a competition where SocLab has a draft opens that draft, saying so", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const draft = await setup(request, "offers.draft");
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/competitions/${draft.competitionId}`);
    await page.getByRole("link", { name: "Złóż ofertę" }).click();
    await page.getByRole("radio", { name: SOCLAB }).check();
    await page.getByRole("button", { name: "Rozpocznij pisanie oferty" }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${draft.offerId}/edit\\?resumed=1$`));
    await expect(page.getByRole("status").filter({ hasText: "Twoja organizacja ma już szkic oferty w tym konkursie" })).toContainText(
      "nowy szkic nie został utworzony",
    );
    await expect(page.getByLabel("Tytuł zadania")).toHaveValue(draft.title);
    await expectAccessible(page);
    await page.goto("/account/offers");
    await expect(page.getByRole("row").filter({ hasText: draft.title })).toHaveCount(1);
  });

  test("a draft past its deadline is read-only: fields disabled, nothing saved, the reason in Warsaw time", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const late = await setup(request, "offers.lateDraft");
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/offers/${late.offerId}/edit`);
    const notice = page.getByTestId("read-only-notice");
    await expect(notice).toContainText(/Termin składania ofert w tym konkursie minął \d{1,2} \S+ \d{4}.*\d{1,2}:\d\d \(czas polski\)/);
    await expect(notice).toContainText("pola są zablokowane, a zmiany nie są zapisywane");
    await expect(page.getByLabel("Tytuł zadania")).toHaveValue(late.title);
    await expect(page.getByLabel("Tytuł zadania")).toBeDisabled();
    await expect(page.getByLabel("Nazwa kosztu 1")).toBeDisabled();
    await expect(page.locator("#field-costs\\.lines").getByRole("button", { name: "Dodaj wiersz" })).toBeDisabled();
    await page.getByTestId("partners").locator("summary").click();
    await expect(page.getByRole("button", { name: "Dodaj partnera" })).toHaveCount(0);
    // nothing to save: the save status stays empty
    await expect(page.locator("p.sticky[role=status]")).toHaveText("");
    await expectAccessible(page);
    // on a phone its tables scroll inside their regions, which the keyboard still reaches
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator("#field-costs\\.lines").getByRole("region")).toBeVisible();
    await expectAccessible(page);
  });
});
