import { expect, setup, test } from "./fixtures";

/*
 * What a commission member sees, tried from the outside at each step (Robert Dąbrowski in the
 * journeys' own competitions, tests/fixtures/competitions.ts): no offer before the impartiality
 * declaration, no other member's scores, totals or ranking before her own sheets (or the closing).
 * Each refusal says what to do next, carries no offer content and changes nothing.
 */
const robert = "robert.dabrowski@demo.test";

test.describe("commission visibility", () => {
  test("before the declaration: no offer, sheet, ranking or protocol; each page says to sign it; the administrator sees all", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id, offers } = await setup(request, "scoring.scoring");
    const [first] = offers;
    await loginAs(page, robert);

    // the offer itself: sent to the desk, which asks for the declaration and says why
    const direct = await page.request.get(`/offers/${first.id}`, { maxRedirects: 0 });
    expect(direct.status()).toBe(307);
    expect(await direct.text()).not.toContain(first.title);
    await page.goto(`/offers/${first.id}`);
    await expect(page).toHaveURL(new RegExp(`/commission/${id}\\?step=declare$`));
    await expect(page.getByText("Aby zobaczyć ofertę, najpierw podpisz oświadczenie o bezstronności.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Oświadczenie o bezstronności" })).toBeVisible();
    // the declaration names the bidders and their offer titles (art. 24 § 1 KPA), never a way to the offer
    await expect(page.getByRole("list", { name: "Oferenci w tym konkursie" })).toContainText(first.title);
    await expect(page.getByRole("link", { name: new RegExp(first.title.replace(/[()]/g, "\\$&")) })).toHaveCount(0);
    await expectAccessible(page);

    for (const path of [`/commission/${id}/offers/${first.id}`, `/commission/${id}/ranking`, `/admin/competitions/${id}/protocol`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Najpierw podpisz oświadczenie o bezstronności" }), path).toBeVisible();
      await expect(page.getByRole("link", { name: "Przejdź do oświadczenia" })).toHaveAttribute("href", `/commission/${id}`);
      for (const offer of offers) await expect(page.getByText(offer.title), path).toHaveCount(0);
      await expect(page.getByRole("table")).toHaveCount(0);
      await expectAccessible(page);
    }

    // nothing changed: the declaration is still to be signed
    await page.getByRole("link", { name: "Przejdź do oświadczenia" }).click();
    await expect(page.getByRole("button", { name: "Podpisuję oświadczenie" })).toBeVisible();

    // the city's administrator (the chair, who has scored nothing yet) sees the offer and the protocol
    const admin = await as("admin@demo.test");
    await admin.goto(`/offers/${first.id}`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(first.title);
    await admin.goto(`/admin/competitions/${id}/protocol`);
    await expect(admin.getByRole("heading", { name: "4. Oceny członków komisji (sumy punktów)" })).toBeVisible();
  });

  test("declared, one offer still to score: offers open, but no ranking or protocol until every sheet is in", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id, offers } = await setup(request, "scoring.scored");
    const last = offers[3];
    await loginAs(page, robert);

    await page.goto(`/offers/${last.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(last.title);

    await page.goto(`/commission/${id}/offers/${last.id}`);
    await expect(page.getByText("Oceny pozostałych członków zobaczysz po złożeniu własnej oceny.")).toBeVisible();

    for (const path of [`/commission/${id}/ranking`, `/admin/competitions/${id}/protocol`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Najpierw złóż własne oceny" }), path).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.getByText("Anna Pawłowska")).toHaveCount(0);
      await expectAccessible(page);
    }
    await page.getByRole("link", { name: "Przejdź do ofert do oceny" }).click();
    await expect(page.getByRole("link", { name: "do oceny (1)" })).toBeVisible();
  });

  test("every sheet submitted: the ranking and the protocol with every member's totals", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id } = await setup(request, "scoring.memberDone");
    await loginAs(page, robert);
    await page.goto(`/commission/${id}/ranking`);
    await expect(page.getByRole("table", { name: "Ranking ofert według średniej punktów" })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/admin/competitions/${id}/protocol`);
    await expect(page.getByRole("heading", { name: "4. Oceny członków komisji (sumy punktów)" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /Robert Dąbrowski/ })).toBeVisible();
    await expectAccessible(page);
  });

  test("scoring closed before the member finished: the ranking and the protocol are shown", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id } = await setup(request, "scoring.closed");
    await loginAs(page, robert);
    await page.goto(`/admin/competitions/${id}/protocol`);
    await expect(page.getByRole("heading", { name: "5. Ranking i proponowane kwoty dotacji" })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/commission/${id}/ranking`);
    await expect(page.getByRole("table", { name: "Ranking ofert według średniej punktów" })).toBeVisible();
  });
});

test("in English, the member is told to sign the declaration first", async ({ page, request, loginAs, expectAccessible }) => {
  const { id } = await setup(request, "scoring.scoring");
  await loginAs(page, robert);
  await page.goto(`/en/admin/competitions/${id}/protocol`);
  await expect(page.getByRole("heading", { name: "Sign the impartiality declaration first" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the declaration" })).toHaveAttribute("href", `/en/commission/${id}`);
  await expectAccessible(page);
});
