import { expect, setup, test } from "./fixtures";

/*
 * Records an official reads: the competition's status tab (stage, offers counted by step, the next
 * step) and the audit log in words, with the object linked and the raw data behind a disclosure.
 */
test.describe("readable records for the administrator", () => {
  test("the status tab leads to the formal review, and the audit log tells the review in words", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const competition = await setup(request, "scoring.formalReview");
    const [soclab] = competition.offers;
    await loginAs(page, "admin@demo.test");

    // The status tab: where the competition stands, its offers by step, and what comes next.
    await page.goto(`/admin/competitions/${competition.id}`);
    const stage = page.getByRole("region", { name: "Gdzie jest konkurs" });
    await expect(stage.getByTestId("competition-stage")).toHaveText("Ocena formalna ofert");
    await expect(
      stage
        .getByRole("definition")
        .filter({ hasText: /^\d{1,2} \S+ \d{4}/ })
        .first(),
    ).toBeVisible();
    const count = (label: string) =>
      stage
        .getByRole("term")
        .filter({ hasText: new RegExp(`^${label}$`) })
        .locator("xpath=following-sibling::dd[1]");
    await expect(count("Złożone")).toHaveText("3");
    await expect(count("Czekają na ocenę formalną")).toHaveText("3");
    await expect(count("Przyjęte formalnie")).toHaveText("0");
    await expect(count("Ocenione przez komisję")).toHaveText("0");
    await expect(count("Z przyznaną dotacją")).toHaveText("0");
    await expect(stage).toContainText("3 oferty czekają na ocenę formalną.");
    await expectAccessible(page);

    // The next step's link leads to the formal review; one offer passes it.
    await stage.getByRole("link", { name: "Przejdź do oceny formalnej" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/competitions/${competition.id}/review$`));
    await page.getByRole("link", { name: `Oceń: ${soclab.title}` }).click();
    for (const question of [
      "Oferta jest kompletna (wszystkie sekcje i załączniki)",
      "Oferent jest uprawniony do udziału w konkursie",
      "Oferta jest podpisana przez osoby upoważnione do reprezentowania oferenta",
    ])
      await page.getByRole("group", { name: question }).getByLabel("Tak", { exact: true }).check();
    await page.getByRole("button", { name: "Zapisz ocenę formalną" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano ocenę formalną." })).toBeVisible();

    await page.goto(`/admin/competitions/${competition.id}`);
    await expect(count("Czekają na ocenę formalną")).toHaveText("2");
    await expect(count("Przyjęte formalnie")).toHaveText("1");
    await expect(stage).toContainText("2 oferty czekają na ocenę formalną.");

    // The audit log: the action chosen by its Polish name, the entry told in words.
    await page.goto("/admin/audit");
    await page.getByLabel("Zdarzenie").selectOption({ label: "Pozytywna ocena formalna oferty" });
    await page.getByRole("button", { name: "Filtruj" }).click();
    await expect(page).toHaveURL(/action=offer\.passReview/);
    const entry = page.getByRole("row").filter({ hasText: `Anna Pawłowska — pozytywna ocena formalna oferty „${soclab.title}”` });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByRole("cell", { name: "oferta", exact: true })).toBeVisible();
    await expect(entry).toContainText(/\d{1,2} \S+ \d{4}/);

    // The raw data is behind a disclosure.
    const raw = entry.getByText("Dane zdarzenia (JSON)");
    const json = entry.locator("pre");
    await expect(json).toBeHidden();
    await raw.click();
    await expect(json).toBeVisible();
    await expect(json).toContainText('"action": "offer.passReview"');
    await expect(json).toContainText(`"entityId": "${soclab.id}"`);
    await expectAccessible(page);

    // The object is a link to its page.
    await entry.getByRole("link", { name: `„${soclab.title}”` }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${soclab.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(soclab.title);
  });

  test("the audit log speaks English on /en", async ({ page, request, loginAs, expectAccessible }) => {
    const competition = await setup(request, "scoring.formalReview");
    await loginAs(page, "admin@demo.test");
    await page.goto(`/en/admin/audit?action=competition.closeOffers&entityType=competition`);
    const entry = page.getByRole("row").filter({ hasText: `closed the offer intake of competition “` }).first();
    await expect(entry).toBeVisible();
    await expect(page.getByLabel("Event", { exact: true })).toHaveValue("competition.closeOffers");
    await expect(page.getByLabel("Event", { exact: true }).locator("option:checked")).toHaveText("Offer intake closed");
    await expect(page.getByRole("cell", { name: "competition", exact: true }).first()).toBeVisible();
    await page.goto(`/en/admin/competitions/${competition.id}`);
    await expect(page.getByTestId("competition-stage")).toHaveText("Formal review of offers");
    await expectAccessible(page);
  });
});
