import { expect, setup, test } from "./fixtures";

test.describe("art. 18a: a competition where every offer fails the formal review", () => {
  test("can only end void: scoring and results are refused, the administrator declares it void, the public sees it", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const competition = await setup(request, "scoring.allRejected");
    await loginAs(page, "admin@demo.test");

    // nothing to score: closing the formal review is refused with the reason
    await page.goto(`/admin/competitions/${competition.id}/review`);
    await page.getByRole("button", { name: "Zakończ ocenę formalną i rozpocznij ocenę merytoryczną" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      "konkurs trzeba unieważnić (art. 18a ustawy)",
    );
    await expectAccessible(page);

    // results are not offered: the decisions page points to voiding instead
    await page.goto(`/admin/competitions/${competition.id}/decisions`);
    await expect(page.getByTestId("must-be-voided")).toContainText("Zgodnie z art. 18a ustawy trzeba go unieważnić");
    await expect(page.getByRole("button", { name: "Opublikuj wyniki" })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Przejdź do unieważnienia konkursu" }).click();
    await expect(page.getByRole("heading", { name: "Unieważnienie konkursu (art. 18a ustawy)" })).toBeVisible();
    await expect(page.getByText(/Podstawa: żadna ze złożonych ofert nie spełnia wymogów/)).toBeVisible();
    // the announcement reserved no withdrawal: that act is not offered
    await expect(page.getByRole("button", { name: "Odwołaj konkurs" })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByLabel("Uzasadnienie (opcjonalnie, zostanie opublikowane)").fill("Obie oferty odrzucono w ocenie formalnej.");
    await page.getByRole("button", { name: "Unieważnij konkurs" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Konkurs został unieważniony." })).toBeVisible();
    await expect(page.getByText("Status: unieważniony (art. 18a)")).toBeVisible();
    await expectAccessible(page);

    // the public page and the open data show the competition void, with its ground
    await page.goto(`/competitions/${competition.id}`);
    await expect(page.getByTestId("voided")).toContainText("Konkurs został unieważniony");
    await expect(page.getByTestId("voided")).toContainText("art. 18a ust. 1 pkt 2 ustawy");
    await expect(page.getByTestId("voided")).toContainText("Obie oferty odrzucono w ocenie formalnej.");
    await expect(page.getByRole("link", { name: "Wyniki konkursu" })).toHaveCount(0);
    await expectAccessible(page);
    const api = await (await request.get(`/api/v1/competitions/${competition.id}`)).json();
    expect(api).toMatchObject({ status: "voided", voidGround: "no_offer_meets_requirements", links: { results: null } });
  });
});
