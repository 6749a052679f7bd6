import { expect, setup, test, waitForHydration } from "./fixtures";

/*
 * The updated budget after a cut grant (issue 14, item 2): a grant lower than requested → the
 * organization fits its schedule, cost table and sources to it and sends it → the city compares it
 * with the offer and accepts it → the contract is drawn up from the updated version. Records of its
 * own (tests/fixtures/competitions.ts, cutGrantOffer).
 */
const zl = (text: string) => Number(text.replace(/[\s\u00a0]/g, "").replace(",", "."));
const asInput = (value: number) => value.toFixed(2).replace(".", ",");

test.describe("updated budget after a cut grant", () => {
  test("a grant cut → the NGO sends the updated budget → the city accepts it → the contract matches the updated version", async ({
    page,
    request,
    loginAs,
    as,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    const cut = await setup(request, "contracts.cutGrantOffer");
    const contractButton = `Przygotuj projekt umowy dla oferty „${cut.title}”`;

    // The city cannot draw up a contract yet, and says why.
    const admin = await as("admin@demo.test");
    await admin.goto("/admin/contracts");
    const adminRow = admin.getByRole("row").filter({ hasText: cut.title });
    await expect(adminRow.getByTestId("awaiting-update")).toContainText("Czeka na zaktualizowany kosztorys organizacji");
    await expect(adminRow.getByRole("button", { name: contractButton })).toHaveCount(0);

    // The organization opens its offer and the updated budget.
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/offers/${cut.offerId}`);
    await page.getByRole("link", { name: /Przyznano niższą dotację niż wnioskowana/ }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${cut.offerId}/budget-update$`));
    await expect(page.getByRole("heading", { level: 1, name: "Zaktualizowany kosztorys i harmonogram" })).toBeVisible();
    await expect(page.getByTestId("update-status")).toHaveText("Jeszcze nie zapisana");
    await expect(page.getByTestId("granted")).toHaveText("15 000,00 zł");
    await waitForHydration(page);
    // the original costs no longer match the grant: the generator's own check says so
    await expect(page.getByTestId("update-issues")).toContainText("muszą się równać sumie kosztów zadania");
    await expectAccessible(page);

    // The cut (5 000 zł) comes off the materials line; one workshop less in the schedule.
    const materials = page.getByLabel("Koszt jednostkowy (zł) 2");
    const before = zl(await materials.inputValue());
    await materials.fill(asInput(before - 5_000));
    await page.getByRole("textbox", { name: /Działanie 1/ }).fill("Spacery z kijkami (jeden cykl mniej)");
    await expect(page.getByTestId("update-issues")).toHaveText("Sumy się zgadzają i mieszczą w limitach konkursu.");
    await expect(page.getByRole("status").filter({ hasText: /Zapisano/ })).toBeVisible();
    await page.getByRole("button", { name: "Wyślij zaktualizowany kosztorys do urzędu" }).click();
    await expect(page.getByTestId("update-status")).toHaveText("Wysłana do urzędu — czeka na decyzję");
    await expect(page.getByText(/^Suma kontrolna: [0-9A-F]{4}-[0-9A-F]{4}$/)).toBeVisible();
    await expect(page.getByTestId("compare-totals").getByTestId("after-requestedGrant")).toHaveText("15 000,00 zł");
    await expectAccessible(page);

    // The city sees it beside the original offer and accepts it.
    await admin.goto("/admin/contracts");
    await expect(adminRow.getByTestId("awaiting-update")).toContainText("czeka na decyzję urzędu");
    await adminRow.getByRole("link", { name: /Porównaj i zdecyduj/ }).click();
    await expect(admin.getByRole("heading", { level: 1, name: `Zaktualizowany kosztorys: ${cut.title}` })).toBeVisible();
    const changed = admin.getByTestId("compare-lines").getByRole("row").filter({ hasText: "zmieniona" });
    await expect(changed).toHaveCount(1);
    await expect(changed).toContainText("Materiały i wyżywienie");
    await expect(admin.getByTestId("compare-totals").getByRole("row").filter({ hasText: "Dotacja" })).toContainText("-5 000,00 zł");
    await expectAccessible(admin);
    await admin.getByRole("button", { name: "Przyjmij aktualizację" }).click();
    await expect(admin.getByTestId("update-status")).toHaveText("Przyjęta przez urząd");
    await expectAccessible(admin);

    // The contract is drawn up from the accepted version: its lines and grant are the update's.
    await admin.goto("/admin/contracts");
    await admin.getByRole("button", { name: contractButton }).click();
    await expect(admin).toHaveURL(/\/admin\/contracts\/[0-9a-f-]{36}\/edit$/);
    const contractId = /contracts\/([0-9a-f-]{36})/.exec(admin.url())![1];
    await admin.goto(`/admin/contracts/${contractId}`);
    await expect(admin.getByTestId("total-grant")).toHaveText("15 000,00 zł");
    const materialsLine = admin.getByTestId("cost-line").filter({ hasText: "Materiały i wyżywienie" });
    await expect(materialsLine).toContainText(`${asInput(before - 5_000).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} zł`);
    await expectAccessible(admin);

    // The organization sees the decision.
    await page.reload();
    await expect(page.getByTestId("update-status")).toHaveText("Przyjęta przez urząd");
  });

  test("the city returns an update with a reason; the organization may withdraw instead", async ({
    page,
    request,
    loginAs,
    as,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    const cut = await setup(request, "contracts.cutGrantOffer");
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/offers/${cut.offerId}/grant-response`);
    await expect(page).toHaveURL(new RegExp(`/offers/${cut.offerId}/budget-update$`));
    await waitForHydration(page);
    const materials = page.getByLabel("Koszt jednostkowy (zł) 2");
    await materials.fill(asInput(zl(await materials.inputValue()) - 5_000));
    await expect(page.getByTestId("update-issues")).toHaveText("Sumy się zgadzają i mieszczą w limitach konkursu.");
    await page.getByRole("button", { name: "Wyślij zaktualizowany kosztorys do urzędu" }).click();
    await expect(page.getByTestId("update-status")).toHaveText("Wysłana do urzędu — czeka na decyzję");

    const admin = await as("admin@demo.test");
    await admin.goto(`/admin/budget-updates`);
    await admin.getByRole("link", { name: cut.title }).click();
    await admin.getByRole("button", { name: "Zwróć do poprawy" }).click();
    await expect(admin.getByRole("alert", { name: "Popraw błędy w formularzu" })).toBeVisible();
    await admin.getByLabel("Uzasadnienie zwrotu").fill("Proszę zachować liczbę spotkań i ograniczyć materiały.");
    await admin.getByRole("button", { name: "Zwróć do poprawy" }).click();
    await expect(admin.getByTestId("update-status")).toHaveText("Zwrócona przez urząd do poprawy");
    await expectAccessible(admin);

    await page.reload();
    await expect(page.getByTestId("update-status")).toHaveText("Zwrócona przez urząd do poprawy");
    await expect(page.getByText("Proszę zachować liczbę spotkań i ograniczyć materiały.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Rezygnuję z dotacji" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zrezygnowano z dotacji" })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Ta oferta nie czeka na zaktualizowany kosztorys.")).toBeVisible();
  });
});
