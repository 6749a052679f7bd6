import type { Page } from "@playwright/test";
import { expect, setup, test } from "./fixtures";

async function waitForSave(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /^Zapisano/ })).toBeVisible();
}

async function offerIdByTitle(page: Page, title: string) {
  await page.goto("/account/offers");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/offers\/[0-9a-f-]{36}/);
  return /\/offers\/([0-9a-f-]{36})/.exec(page.url())![1];
}

test.describe("offer generator (ngo@demo.test, SocLab)", () => {
  test("starts an offer; what was typed is saved and there after a reload and in a new session", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const title = `Cyfrowi seniorzy z Antoniuka ${Date.now()}`;
    // an open competition of its own: the offer written here is SocLab's only one in it
    const open = await setup(request, "competitions.open");

    await loginAs(page, "ngo@demo.test");
    await page.goto(`/competitions/${open.id}`);
    await page.getByRole("link", { name: "Złóż ofertę" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Rozpocznij pisanie oferty" }).click();
    await expect(page.getByRole("heading", { name: "Części oferty" })).toBeVisible();
    await expect(page.getByTestId("status-task")).toHaveText("Nie rozpoczęto");
    await expectAccessible(page);

    await page.getByLabel("Tytuł zadania").fill(title);
    await page.getByLabel("Syntetyczny opis zadania").fill("Warsztaty cyfrowe dla seniorów z osiedla Antoniuk.");
    await waitForSave(page);
    await expect(page.getByTestId("status-task")).toHaveText("W trakcie");

    // a reload, then a new session: the autosaved values are there
    await page.reload();
    await expect(page.getByLabel("Tytuł zadania")).toHaveValue(title);
    await page.context().clearCookies();
    await loginAs(page, "ngo@demo.test");
    const id = await offerIdByTitle(page, title);
    await expect(page).toHaveURL(new RegExp(`/offers/${id}/edit`));
    await expect(page.getByLabel("Syntetyczny opis zadania")).toHaveValue("Warsztaty cyfrowe dla seniorów z osiedla Antoniuk.");
  });

  test("completes the offer section by section, sees a limit explained, submits it and prints it", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    // an offer begun in an open competition of its own: only its title and summary written
    const { offerId: id, title, task } = await setup(request, "offers.started");
    const open = { task };
    await loginAs(page, "ngo@demo.test");
    await page.goto(`/offers/${id}/edit`);
    await expect(page.getByLabel("Tytuł zadania")).toHaveValue(title);

    await page.getByLabel("Imię i nazwisko 1").fill("Marta Kowalczyk");
    await page.getByLabel("Funkcja 1").fill("prezeska zarządu");
    await page.getByLabel("Data rozpoczęcia").fill(open.task.start);
    await page.getByLabel("Data zakończenia").fill(open.task.end);
    const schedule = page.locator("#field-task\\.schedule");
    await schedule.getByRole("button", { name: "Dodaj wiersz" }).click();
    await page.getByLabel("Działanie 1").fill("Warsztaty obsługi smartfona");
    const results = page.locator("#field-task\\.results");
    await results.getByRole("button", { name: "Dodaj wiersz" }).click();
    await page.getByLabel("Rezultat 1").fill("Liczba uczestników");
    await page.getByLabel("Wartość docelowa 1").fill("40");
    await page
      .getByLabel("Wcześniejsza działalność oferenta, w szczególności w zakresie zadania")
      .fill("Od 2015 r. prowadzimy badania i warsztaty społeczne.");
    await page.getByLabel("Zasoby kadrowe, rzeczowe i finansowe").fill("Trenerzy, sala, laptopy.");
    await page.locator("#section-costs").getByRole("button", { name: "Dodaj wiersz" }).click();
    await page.getByLabel("Nazwa kosztu 1").fill("Prowadzenie warsztatów");
    await page.getByLabel("Liczba jednostek 1").fill("100");
    await page.getByLabel("Jednostka miary 1").fill("godz.");
    await page.getByLabel("Koszt jednostkowy (zł) 1").fill("500");
    await expect(page.getByTestId("total-cost")).toHaveText("50 000,00 zł");

    // a limit violation, explained at the field
    await page.getByLabel("Wnioskowana kwota dotacji (zł)").fill("70000");
    await expect(page.locator("#field-sources\\.requestedGrant-error")).toContainText(
      "przekracza maksymalną kwotę w tym konkursie (60 000,00 zł)",
    );
    await expect(page.getByTestId("status-sources")).toHaveText("Do poprawy");
    await expectAccessible(page);
    await page.getByLabel("Wnioskowana kwota dotacji (zł)").fill("47000");
    await page.getByLabel("Wkład własny finansowy (zł)").fill("3000");
    await expect(page.locator("#field-sources\\.requestedGrant-error")).toHaveCount(0);
    await page.getByLabel("nieodpłatnie").check();
    for (const box of await page.locator("#field-declarations input[type=checkbox]").all()) await box.check();
    // form VII points 3–4: two answers, each "nie zalega" or "zalega"
    for (const group of await page.locator("#field-declarations fieldset").all())
      await group.getByRole("radio", { name: "nie zalega" }).check();
    await waitForSave(page);
    for (const section of ["applicant", "task", "resources", "costs", "sources", "other", "declarations"])
      await expect(page.getByTestId(`status-${section}`)).toHaveText("Gotowe");

    await page.getByRole("button", { name: "Sprawdź odpowiedzi i złóż ofertę" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprawdź ofertę przed złożeniem");
    const preview = /([0-9A-F]{4}-[0-9A-F]{4})/.exec((await page.getByText("Suma kontrolna oferty w tej postaci").textContent())!)![1];
    await expectAccessible(page);
    await page.getByRole("button", { name: "Złóż ofertę" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oferta została złożona");
    await expect(page.getByTestId("checksum")).toHaveText(preview);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Wersja do druku" }).click();
    await expect(page.getByTestId("checksum")).toContainText(preview);
    await expect(page.getByText("złożona").first()).toBeVisible();
    await expectAccessible(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("checksum")).toBeVisible();
    await expect(page.getByRole("button", { name: "Drukuj ofertę" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    await page.goto("/account/offers");
    await expect(page.getByRole("row").filter({ hasText: title })).toContainText(preview);
    await expectAccessible(page);
  });

  test("a joint offer (art. 14 ust. 2): the representative splits costs and grant between the partners, sees the sums disagree, fixes them and submits", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const joint = await setup(request, "offers.jointDraft");
    const OWOP = "Ośrodek Wspierania Organizacji Pozarządowych";
    const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
    const zl = (grosze: number) => `${Math.trunc(grosze / 100)},${String(grosze % 100).padStart(2, "0")}`;
    // the partner takes 10 000 zł of the costs; the lead the rest and the grant less 9 000 zł
    const partnerCosts = 10_000_00;
    const leadCosts = joint.totalCostGrosze - partnerCosts;
    const leadGrant = joint.requestedGrantGrosze - 9_000_00;

    await loginAs(page, "ngo@demo.test");
    await page.goto(`/offers/${joint.offerId}/edit`);
    await expect(page.getByTestId("status-split")).toHaveText("Nie rozpoczęto");
    await page.getByLabel(`Koszty — ${SOCLAB}`).fill(zl(leadCosts));
    await page.getByLabel(`Dotacja — ${SOCLAB}`).fill(zl(leadGrant));
    await page.getByLabel(`Koszty — ${OWOP}`).fill("10 000");
    // 1 000 zł short of the grant asked for in V.B: explained at the field, the section needs correcting
    await page.getByLabel(`Dotacja — ${OWOP}`).fill("8000");
    await expect(page.locator("#field-split\\.grant")).toContainText("Dotacja oferentów sumuje się do");
    await expect(page.locator("#field-split\\.grant")).toContainText("wnioskowana dotacja (V.B) wynosi");
    await expect(page.getByTestId("status-split")).toHaveText("Do poprawy");
    await expect(page.locator("#field-split\\.costs")).toHaveCount(0);
    await waitForSave(page);
    await expectAccessible(page);

    // submitting anyway is refused; what was typed stays
    await page.getByRole("button", { name: "Sprawdź odpowiedzi i złóż ofertę" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprawdź ofertę przed złożeniem");
    await expect(
      page.getByRole("link", { name: /V\.C Podział kosztów między oferentów — dotacja: Dotacja oferentów sumuje się/ }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Złóż ofertę", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Popraw błędy" })).toBeVisible();
    await page.goto(`/offers/${joint.offerId}/edit`);
    await expect(page.getByLabel(`Dotacja — ${OWOP}`)).toHaveValue("8000");
    await expect(page.getByLabel(`Koszty — ${SOCLAB}`)).toHaveValue(zl(leadCosts));

    // fixed: the sums agree, the section is complete
    await page.getByLabel(`Dotacja — ${OWOP}`).fill("9000");
    await expect(page.locator("#field-split\\.grant")).toHaveCount(0);
    await expect(page.getByTestId("split-grant-total")).toContainText(/^([\d\s\u00a0]+,\d\d zł) z \1$/);
    await expect(page.getByTestId("status-split")).toHaveText("Gotowe");
    await waitForSave(page);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sprawdź odpowiedzi i złóż ofertę" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprawdź ofertę przed złożeniem");
    await expect(page.getByText("Oferty nie można jeszcze złożyć")).toHaveCount(0);
    await page.getByRole("button", { name: "Złóż ofertę", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oferta została złożona");

    // the submitted offer shows V.C as a table, money in the Polish format
    await page.goto(`/offers/${joint.offerId}`);
    const split = page.getByRole("table", { name: "Podział kosztów realizacji zadania pomiędzy oferentów" });
    await expect(split.getByRole("row").filter({ hasText: OWOP })).toContainText(/10\s000,00 zł\s*9\s000,00 zł/);
    await expect(split.getByRole("row").filter({ hasText: "Razem" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a late submission is refused with a clear message", async ({ page, request, loginAs, expectAccessible }) => {
    const late = await setup(request, "offers.lateDraft");
    await loginAs(page, "ngo@demo.test");
    const id = await offerIdByTitle(page, late.title);
    await page.goto(`/offers/${id}/check`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Złóż ofertę" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Popraw błędy" })).toContainText("Termin składania ofert w tym konkursie minął");
    await page.goto(`/offers/${id}`);
    await expect(page.getByText("Status: szkic")).toBeVisible();
    await expectAccessible(page);

    // The same through the JSON endpoint: refused, still a draft.
    const api = await page.request.post(`/api/offers/${id}/submit`, { data: {} });
    expect(api.status()).toBe(409);
    expect(await api.json()).toEqual({ error: "deadlinePassed" });
    await page.reload();
    await expect(page.getByText("Status: szkic")).toBeVisible();
  });
});

test.describe("refusals from the outside", () => {
  test("another organization's representative cannot open or change SocLab's offer", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const draft = await setup(request, "offers.draft");
    await loginAs(page, "ngo@demo.test");
    const id = await offerIdByTitle(page, draft.title);

    const other = await as("ngo2@demo.test");
    for (const path of [`/offers/${id}`, `/offers/${id}/edit`, `/offers/${id}/check`, `/offers/${id}/confirmation`]) {
      const response = await other.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(other.getByRole("heading", { name: "Brak dostępu" })).toBeVisible();
      await expect(other.getByText(draft.title)).toHaveCount(0);
    }
    await expectAccessible(other);
    // Changing it by id from the outside: submission through the API is refused too.
    const api = await other.request.post(`/api/offers/${id}/submit`, { data: {} });
    expect(api.status()).toBe(403);
    expect(await api.json()).toEqual({ error: "forbidden" });
    // A form posted from another site (not JSON) is refused before anything is read.
    expect((await other.request.post(`/api/offers/${id}/submit`, { form: { offerId: id } })).status()).toBe(415);

    await page.goto(`/offers/${id}/edit`);
    await expect(page.getByLabel("Tytuł zadania")).toHaveValue(draft.title);
    await page.goto(`/offers/${id}`);
    await expect(page.getByText("Status: szkic")).toBeVisible();
  });

  test("a visitor is sent to log in", async ({ page }) => {
    await page.goto("/account/offers");
    await expect(page).toHaveURL(/\/login/);
  });
});
