import type { Locator, Page } from "@playwright/test";
import { expect, setup, test, waitForHydration } from "./fixtures";

/** Presses Tab until `target` has the focus (as a keyboard user moves through the page); fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe("keyboard only", () => {
  test("a commission member scores an offer with the keyboard alone: the sheet, the check step, a change, the confirmation", async ({
    page,
    request,
    expectAccessible,
  }) => {
    // Robert signed his declaration, scored two offers and declared a conflict on the third: one is left.
    const { id, offers } = await setup(request, "scoring.scored");
    const summer = offers[3].title;

    await page.goto("/login");
    await tabTo(page, page.getByLabel("E-mail"));
    await page.keyboard.type("robert.dabrowski@demo.test");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Demo-2026!");
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/\/login(?:[?#]|$)/);

    await page.goto(`/commission/${id}`);
    await waitForHydration(page);
    await tabTo(page, page.getByRole("link", { name: `Otwórz ofertę: ${summer}` }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(summer);
    await waitForHydration(page);
    // the offer is beside the sheet (a wide screen opens it)
    await expect(page.getByRole("region", { name: `Oferta: ${summer}` })).toBeVisible();

    const points = page.getByLabel(/^Punkty \(0–10\)/);
    const total = page.getByTestId("running-total");
    await expect(total).toHaveAttribute("aria-live", "polite");
    await tabTo(page, points.first());
    for (const [i, value] of ["6", "7", "5"].entries()) {
      await expect(points.nth(i)).toBeFocused();
      await page.keyboard.type(value);
      await page.keyboard.press("Tab");
      await expect(page.getByLabel(/^Uzasadnienie/).nth(i)).toBeFocused();
      await page.keyboard.type(`Uzasadnienie kryterium ${i + 1}: zgodnie z opisem zadania.`);
      await page.keyboard.press("Tab");
    }
    await expect(total).toHaveText("Suma punktów: 18 z 30");
    await expectAccessible(page);

    // the check step: the heading takes the focus; "Zmień" goes back to the criterion's points
    await expect(page.getByRole("button", { name: "Dalej: sprawdź ocenę" })).toBeFocused();
    await page.keyboard.press("Enter");
    const check = page.getByRole("region", { name: "Sprawdź ocenę przed zatwierdzeniem" });
    await expect(page.getByRole("heading", { name: "Sprawdź ocenę przed zatwierdzeniem" })).toBeFocused();
    await expect(check).toContainText("6 z 10 pkt");
    await expect(check).toContainText("Uzasadnienie kryterium 1: zgodnie z opisem zadania.");
    await expect(check).toContainText("Zatwierdzonej oceny nie można zmienić ani wycofać.");
    await expectAccessible(page);
    const firstChange = check.getByRole("link", { name: /^Zmień/ }).first();
    await tabTo(page, firstChange);
    await page.keyboard.press("Enter");
    await expect(points.first()).toBeFocused();
    await page.keyboard.press("Backspace");
    await page.keyboard.type("8");
    await expect(total).toHaveText("Suma punktów: 20 z 30");
    await tabTo(page, page.getByRole("button", { name: "Dalej: sprawdź ocenę" }));
    await page.keyboard.press("Space");
    await expect(check).toContainText("8 z 10 pkt");

    await tabTo(page, page.getByRole("button", { name: "Zatwierdź ocenę" }));
    await page.keyboard.press("Enter");
    const confirmation = page.getByTestId("score-confirmation");
    await expect(confirmation).toHaveAttribute("role", "status");
    await expect(confirmation).toContainText("Twoja ocena została złożona: 20 pkt.");
    // nothing is left to score for Robert: the confirmation says so and leads to the ranking
    await expect(confirmation).toContainText("Oceniono wszystkie oferty w tym konkursie.");
    await expectAccessible(page);
    await tabTo(page, confirmation.getByRole("link", { name: "Ranking ofert" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/commission/${id}/ranking$`));
  });
});
