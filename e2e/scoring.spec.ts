import type { Page } from "@playwright/test";
import { demoCatalog, expect, setup, test } from "./fixtures";

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";

test.describe("formal review", () => {
  test("the administrator asks for a correction and the representative sees what to fix", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const competition = await setup(request, "scoring.formalReview");
    const [soclab] = competition.offers;
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/competitions/${competition.id}/review`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ocena formalna: ${competition.number}`);
    await expectAccessible(page);
    await page.getByRole("link", { name: `Oceń: ${soclab.title}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Lista kontrolna");
    // The offer is beside the checklist, with its print view.
    await expect(page.getByRole("region", { name: `Oferta: ${soclab.title}` })).toBeVisible();
    await expect(page.getByRole("link", { name: "Wersja do druku lub PDF" })).toHaveAttribute("href", `/offers/${soclab.id}`);
    // What the system knows it checked itself, read-only, with the reason.
    await expect(page.getByTestId("computed-onTime")).toContainText(/Spełnione.*Oferta wpłynęła/);
    await expect(page.getByTestId("computed-withinLimits")).toContainText("Spełnione");
    await expect(page.getByTestId("computed-declarations")).toContainText("Spełnione");
    await expect(page.getByRole("group", { name: "Oferta została złożona w terminie" })).toHaveCount(0);
    await expectAccessible(page);

    // Nothing is answered beforehand: saving at once names every unanswered question.
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Zapisz ocenę formalną" }).click();
    const summary = page.getByRole("alert", { name: "Popraw błędy w formularzu" });
    await expect(summary).toContainText("Oferta jest kompletna (wszystkie sekcje i załączniki): Wybierz odpowiedź");
    await expect(summary).toContainText("Oferent jest uprawniony do udziału w konkursie: Wybierz odpowiedź");
    await expect(summary).toContainText("Oferta jest podpisana przez osoby upoważnione do reprezentowania oferenta: Wybierz odpowiedź");
    await expectAccessible(page);

    await page
      .getByRole("group", { name: "Oferta jest kompletna (wszystkie sekcje i załączniki)" })
      .getByLabel("Tak", { exact: true })
      .check();
    await page.getByRole("group", { name: "Oferent jest uprawniony do udziału w konkursie" }).getByLabel("Tak", { exact: true }).check();
    const signatures = page.getByRole("group", { name: "Oferta jest podpisana przez osoby upoważnione do reprezentowania oferenta" });
    await signatures.getByLabel("Do poprawy").check();
    // Without saying what to fix the review is refused.
    await page.getByRole("button", { name: "Zapisz ocenę formalną" }).click();
    await expect(summary).toContainText("Termin poprawy: Podaj termin poprawy w przyszłości");
    await expectAccessible(page);

    const deadline = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date(Date.now() + 7 * 86_400_000));
    await page.getByLabel("Co dokładnie trzeba poprawić").fill("Brak podpisu drugiego członka zarządu na oświadczeniach.");
    await page.getByLabel("Termin poprawy").fill(deadline);
    await page.getByRole("button", { name: "Zapisz ocenę formalną" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano ocenę formalną." })).toBeVisible();
    await page.goto(`/admin/competitions/${competition.id}/review`);
    await expect(page.getByRole("row", { name: new RegExp(soclab.title.replace(/[()]/g, "\\$&")) })).toContainText("wezwanie do poprawy");

    const rep = await as("ngo@demo.test");
    // The offer itself says what to correct and by when, and leads to the details.
    await rep.goto(`/offers/${soclab.id}`);
    const notice = rep.getByRole("status").filter({ has: rep.getByRole("heading", { name: "Urząd wzywa do poprawienia oferty" }) });
    await expect(notice).toContainText("Oferta jest podpisana przez osoby upoważnione do reprezentowania oferenta");
    await expect(notice).toContainText(/Termin: \d{1,2} \S+ \d{4}/);
    await expectAccessible(rep);
    await notice.getByRole("link", { name: "Zobacz, co trzeba poprawić" }).click();
    await expect(rep).toHaveURL(new RegExp(`/offers/${soclab.id}/corrections$`));
    await expect(rep.getByRole("heading", { name: "Urząd wzywa do poprawienia oferty" })).toBeVisible();
    await expect(rep.getByText("Oferta jest podpisana przez osoby upoważnione do reprezentowania oferenta")).toBeVisible();
    await expect(rep.getByText("Brak podpisu drugiego członka zarządu na oświadczeniach.")).toBeVisible();
    await expectAccessible(rep);

    // Another organization's representative cannot open it.
    const stranger = await as("ngo2@demo.test");
    const response = await stranger.goto(`/offers/${soclab.id}/corrections`);
    expect(response?.status()).toBe(403);
  });
});

test.describe("administrator's navigation", () => {
  test("every stage of a competition is reached by clicking, from the list of competitions", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const published = (await demoCatalog(request)).competitions.results;
    await loginAs(page, "admin@demo.test");
    await page.goto("/admin/competitions");
    await page.getByRole("row").filter({ hasText: published.number }).getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/competitions/${published.id}$`));
    const stages = page.getByRole("navigation", { name: "Etapy konkursu" });
    await expect(stages.getByRole("link", { name: "Ogłoszenie i status" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
    for (const [link, heading] of [
      ["Ocena formalna", `Ocena formalna: ${published.number}`],
      ["Komisja", `Komisja konkursowa: ${published.number}`],
      ["Decyzje o dotacjach", `Decyzje o dotacjach: ${published.number}`],
      ["Protokół komisji", "Protokół z prac komisji konkursowej"],
    ] as const) {
      await page.getByRole("navigation", { name: "Etapy konkursu" }).getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectAccessible(page);
    }
    await page.getByRole("navigation", { name: "Etapy konkursu" }).getByRole("link", { name: "Wyniki (publiczne)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Wyniki konkursu ${published.number}`);
    await expectAccessible(page);
  });
});

test.describe("commission", () => {
  test("a member of a bidding organization cannot be appointed, and the page says why", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const competition = await setup(request, "scoring.scoring");
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/competitions/${competition.id}/commission`);
    await expect(page.getByRole("heading", { name: "Organizacje, które złożyły oferty" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: SOCLAB })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Adres e-mail osoby (konto w platformie)").fill("ngo@demo.test");
    await page.getByLabel("przedstawiciel organizacji").check();
    await page.getByLabel("Organizacja, która wskazała osobę").selectOption({ label: "Ośrodek Wspierania Organizacji Pozarządowych" });
    await page.getByRole("button", { name: "Powołaj", exact: true }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      "należy do organizacji, która złożyła ofertę",
    );
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("cell", { name: "Marta Kowalczyk" })).toHaveCount(0);
  });
});

test.describe("impartiality (art. 15 ust. 2b and art. 24 KPA)", () => {
  test("a nominee whose organization bid is flagged at the deadline; the administrator excludes her with a reason; she cannot score; a member cannot exclude", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id } = await setup(request, "scoring.nomineeOfBidder");
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/competitions/${id}/commission`);
    const flagged = page.getByRole("region", { name: "Członkowie, którzy nie mogą zasiadać w komisji" });
    await expect(flagged).toContainText("Katarzyna Wiśniewska: wskazała ją organizacja, która złożyła ofertę");
    await expect(page.getByText(/Skład sprawdzony z ostateczną listą oferentów/)).toBeVisible();
    await expectAccessible(page);

    // She cannot sign the declaration while flagged.
    const member = await as("komisja@demo.test");
    await member.goto(`/commission/${id}`);
    await expect(member.getByText(/Nie możesz zasiadać w tej komisji: wskazała Cię organizacja, która złożyła ofertę/)).toBeVisible();
    await expect(member.getByRole("button", { name: "Podpisuję oświadczenie" })).toHaveCount(0);
    await expectAccessible(member);
    // A commission member cannot open the exclusion (administrators only).
    expect((await member.goto(`/admin/competitions/${id}/commission`))?.status()).toBe(403);

    // Without a reason the exclusion is refused; with one it is recorded.
    await page.getByLabel("Członek komisji").selectOption({ label: "Katarzyna Wiśniewska" });
    await page.getByRole("button", { name: "Wyłącz z prac komisji" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Podaj powód wyłączenia");
    await expectAccessible(page);
    await page.getByLabel("Członek komisji").selectOption({ label: "Katarzyna Wiśniewska" });
    await page.getByLabel("Powód wyłączenia").fill("Wskazana przez OWOP, który złożył ofertę (art. 15 ust. 2b ustawy).");
    await page.getByRole("button", { name: "Wyłącz z prac komisji" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Wyłączono członka z prac komisji." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("row", { name: /Katarzyna Wiśniewska/ })).toContainText("Wyłączona");
    await expect(flagged).toHaveCount(0);
    await expectAccessible(page);

    await member.goto(`/commission/${id}`);
    await expect(member.getByText(/Wyłączono Cię z prac komisji .+ Powód: Wskazana przez OWOP/)).toBeVisible();

    // The protocol lists the exclusion.
    await page.goto(`/admin/competitions/${id}/protocol`);
    await expect(page.getByRole("heading", { name: "Wyłączenia z prac komisji (art. 24 § 3 KPA)" })).toBeVisible();
    await expect(page.getByText(/Katarzyna Wiśniewska — wyłączona .+ Powód: Wskazana przez OWOP/)).toBeVisible();
    await expectAccessible(page);
  });
});

/** Opens a member's sheet of an offer from the desk and fills it in (points and a justification per criterion). */
async function fillSheet(page: Page, competitionId: string, title: string, points: number[]) {
  await page.goto(`/commission/${competitionId}`);
  await page.getByRole("link", { name: `Otwórz ofertę: ${title}` }).click();
  for (const [i, p] of points.entries()) {
    await page
      .getByLabel(/^Punkty \(0–\d+\)/)
      .nth(i)
      .fill(String(p));
    await page
      .getByLabel(/^Uzasadnienie/)
      .nth(i)
      .fill("Zgodnie z opisem zadania i kosztorysem.");
  }
}

/** Fills in the sheet, checks it and confirms it. */
async function score(page: Page, competitionId: string, title: string, points: number[]) {
  await fillSheet(page, competitionId, title, points);
  await page.getByRole("button", { name: "Dalej: sprawdź ocenę" }).click();
  await page.getByRole("button", { name: "Zatwierdź ocenę" }).click();
}

test.describe("scoring, decisions and results", () => {
  test("a member not on a commission gets 403", async ({ page, request, loginAs, expectAccessible }) => {
    const competition = await setup(request, "scoring.formalReview");
    await loginAs(page, "robert.dabrowski@demo.test");
    const response = await page.goto(`/commission/${competition.id}`);
    expect(response?.status()).toBe(403);
    await expectAccessible(page);
  });

  test("a member declares impartiality and a conflict; a score above the maximum is refused; the desk filters by the member's own state", async ({
    page,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id, offers } = await setup(request, "scoring.scoring");
    const [club, workshops, duty, summer] = offers.map((o) => o.title);
    await loginAs(page, "robert.dabrowski@demo.test");
    await page.goto(`/commission/${id}`);
    await expect(page.getByRole("heading", { name: "Oświadczenie o bezstronności" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Otwórz ofertę/ })).toHaveCount(0);
    // art. 24 § 1 KPA: the declaration names the bidders and their offers (the deadline has passed)
    const bidders = page.getByRole("list", { name: "Oferenci w tym konkursie" });
    await expect(bidders.getByRole("listitem")).toHaveCount(4);
    await expect(bidders).toContainText(`${SOCLAB}: „${club}”`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Podpisuję oświadczenie" }).click();
    await expect(page.getByText(/Oświadczenie o bezstronności podpisane/)).toBeVisible();
    await expect(page.getByRole("link", { name: /Otwórz ofertę/ })).toHaveCount(4);
    await expectAccessible(page);

    // A conflict on SocLab's offer: no score form afterwards.
    await page.getByRole("link", { name: `Otwórz ofertę: ${club}` }).click();
    await page.getByLabel("Na czym polega konflikt (opcjonalnie)").fill("Jestem członkiem stowarzyszenia oferenta.");
    await page.getByRole("button", { name: "Zgłaszam konflikt interesów" }).click();
    await expect(page.getByText("Konflikt interesów wobec tej oferty jest zgłoszony przez Ciebie. Nie oceniasz jej.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Dalej: sprawdź ocenę" })).toHaveCount(0);
    await expectAccessible(page);

    // Above the maximum: refused with the criterion's maximum, nothing saved; the running total counts the valid points.
    await fillSheet(page, id, workshops, [11, 8, 8]);
    await expect(page.getByTestId("running-total")).toHaveText("Suma punktów: 16 z 30");
    await page.getByRole("button", { name: "Dalej: sprawdź ocenę" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      /Ocena za kryterium .+ nie może przekraczać 10 pkt/,
    );
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("button", { name: "Dalej: sprawdź ocenę" })).toBeVisible();
    await expect(page.getByText("Oceny pozostałych członków zobaczysz po złożeniu własnej oceny.")).toBeVisible();

    await score(page, id, workshops, [9, 8, 8]);
    await expect(page.getByText("Twoja ocena została złożona: 25 pkt.")).toBeVisible();
    await expect(page.getByTestId("score-confirmation").getByRole("link", { name: `Następna oferta do oceny: ${duty}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Oceny członków komisji" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Anna Pawłowska" })).toBeVisible();
    await expectAccessible(page);
    await score(page, id, duty, [7, 7, 6]);
    await expect(page.getByText("Twoja ocena została złożona: 20 pkt.")).toBeVisible();
    await expect(page.getByTestId("score-confirmation").getByRole("link", { name: `Następna oferta do oceny: ${summer}` })).toBeVisible();

    // The desk filters by the member's own state: one offer left to score, one with a conflict.
    await page.goto(`/commission/${id}`);
    await page.getByRole("link", { name: "do oceny (1)" }).click();
    await expect(page.getByRole("link", { name: "do oceny (1)" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: /Otwórz ofertę/ })).toHaveCount(1);
    await expect(page.getByRole("link", { name: `Otwórz ofertę: ${summer}` })).toBeVisible();
    await expectAccessible(page);
  });

  test("art. 15 ust. 1 pkt 4: a member marks the settlement criterion not applicable for a first-time organization; the total is scaled; a crafted mark on a funded one is refused", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id, funded, newcomer } = await setup(request, "scoring.settlementCriterion");
    const criterion = "Rzetelność, terminowość i sposób rozliczenia wcześniej otrzymanych środków";
    await loginAs(page, "robert.dabrowski@demo.test");
    await page.goto(`/commission/${id}`);
    await page.getByRole("button", { name: "Podpisuję oświadczenie" }).click();
    await expect(page.getByText(/Oświadczenie o bezstronności podpisane/)).toBeVisible();

    // SocLab has contracts signed before: no "nie dotyczy"; a crafted mark is refused at the field, nothing saved
    await page.getByRole("link", { name: `Otwórz ofertę: ${funded}` }).click();
    await expect(page.getByTestId("first-time")).toHaveCount(0);
    await expect(page.getByLabel(/^Nie dotyczy/)).toHaveCount(0);
    const settlementField = page.getByLabel(/^Punkty \(0–5\)/);
    const name = (await settlementField.getAttribute("name"))!;
    await page.evaluate(
      (field) => {
        const input = Object.assign(document.createElement("input"), { type: "hidden", name: field, value: "on" });
        document.querySelector('form:has([name^="points."])')?.append(input);
      },
      name.replace("points.", "notApplicable."),
    );
    for (const [i, p] of [8, 7, 6, 4].entries()) {
      await page
        .getByLabel(/^Punkty \(0–\d+\)/)
        .nth(i)
        .fill(String(p));
      await page
        .getByLabel(/^Uzasadnienie/)
        .nth(i)
        .fill("Zgodnie z opisem zadania.");
    }
    await page.getByRole("button", { name: "Dalej: sprawdź ocenę" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("można zaznaczyć tylko");
    await expect(page.getByRole("button", { name: "Dalej: sprawdź ocenę" })).toBeVisible();

    // the newcomer has no earlier contract: the sheet says so, the member marks the criterion "nie dotyczy"
    await page.goto(`/commission/${id}`);
    await page.getByRole("link", { name: `Otwórz ofertę: ${newcomer.title}` }).click();
    await expect(page.getByTestId("first-time")).toContainText(criterion);
    await expectAccessible(page);
    await page
      .getByLabel(`Nie dotyczy — organizacja nie realizowała wcześniej zadań zleconych (art. 15 ust. 1 pkt 4) — ${criterion}`)
      .check();
    for (const [i, p] of [8, 7, 6].entries()) {
      await page
        .getByLabel(/^Punkty \(0–\d+\)/)
        .nth(i)
        .fill(String(p));
      await page
        .getByLabel(/^Uzasadnienie/)
        .nth(i)
        .fill("Zgodnie z opisem zadania.");
    }
    await expect(page.getByTestId("running-total")).toHaveText("Suma punktów: 21 z 30");
    await page.getByRole("button", { name: "Dalej: sprawdź ocenę" }).click();
    await expect(page.getByRole("region", { name: "Sprawdź ocenę przed zatwierdzeniem" })).toContainText("nie dotyczy");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Zatwierdź ocenę" }).click();
    // 21 of the 30 points that apply, scaled to 35: 24,5
    await expect(page.getByText("Twoja ocena została złożona: 24,5 pkt.")).toBeVisible();
    await expect(page.getByTestId("total-how")).toContainText("21 pkt × 35 / 30 = 24,5 pkt");
    await expect(page.getByRole("row", { name: new RegExp(criterion) })).toContainText("nie dotyczy");
    await expectAccessible(page);

    // the protocol says the criterion did not apply and how the total was computed
    const admin = await as("admin@demo.test");
    await admin.goto(`/admin/competitions/${id}/protocol`);
    await expect(admin.getByText(/suma punktów członka komisji jest przeliczana do pełnej skali: punkty × 35/)).toBeVisible();
    await expect(admin.getByTestId("not-applicable-marks")).toContainText(
      `Robert Dąbrowski — „${newcomer.title}”: kryterium nie dotyczy, suma 24,5 pkt`,
    );
    await expectAccessible(admin);
  });

  test("art. 15 ust. 1 pkt 4: the administrator keeps the dated policy; another role is refused", async ({
    page,
    as,
    loginAs,
    expectAccessible,
  }) => {
    const admin = await as("admin@demo.test");
    await admin.goto("/admin/competitions/not-applicable");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Kryterium „nie dotyczy” — sposób liczenia sumy");
    await expectAccessible(admin);
    await admin.getByRole("button", { name: "Dodaj okres" }).click();
    await expect(admin.getByRole("alert", { name: "Popraw błędy w formularzu" })).toBeVisible();
    await expectAccessible(admin);
    // a date far ahead (no competition announced under it yet), unique per run
    const day = `2099-${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, "0")}`;
    await admin.getByLabel("Obowiązuje od").fill(day);
    await admin.getByLabel("Sposób liczenia").selectOption("full");
    await admin.getByLabel("Podstawa (np. zarządzenie prezydenta)").fill("Zarządzenie nr 1/2099 Prezydenta Miasta Białegostoku");
    await admin.getByRole("button", { name: "Dodaj okres" }).click();
    await expect(admin.getByText("Zapisano nowy okres.")).toBeVisible();
    await expect(admin.getByTestId(`policy-${day}`)).toHaveText("Maksimum punktów za kryterium, które nie dotyczy");

    await loginAs(page, "robert.dabrowski@demo.test");
    expect((await page.goto("/admin/competitions/not-applicable"))?.status()).toBe(403);
  });

  test("the chair closes scoring while a member's sheet is open: the submission is refused; ranking and protocol", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id, offers } = await setup(request, "scoring.scored");
    const summer = offers[3].title;
    await loginAs(page, "robert.dabrowski@demo.test");
    await page.goto(`/commission/${id}`);
    await page.getByRole("link", { name: `Otwórz ofertę: ${summer}` }).click();
    await expect(page.getByRole("button", { name: "Dalej: sprawdź ocenę" })).toBeVisible();

    // Before the closing, the decisions page says where scoring is closed.
    const admin = await as("admin@demo.test");
    await admin.goto(`/admin/competitions/${id}/decisions`);
    const notClosed = admin.getByTestId("not-closed");
    await expect(notClosed).toContainText("gdy osoba przewodnicząca komisji zamknie ocenę");
    await expect(notClosed.getByRole("link", { name: "Postęp oceny i skład komisji" })).toHaveAttribute(
      "href",
      `/admin/competitions/${id}/commission`,
    );
    // offers nobody has scored get no place in the ranking
    await expect(admin.getByTestId("unscored")).toContainText(`${summer} — bez oceny`);
    await expect(admin.getByRole("table", { name: "Ranking ofert według średniej punktów" }).getByRole("row")).toHaveCount(3);
    await expectAccessible(admin);
    await notClosed.getByRole("link", { name: "Zamknij ocenę na stronie komisji" }).click();
    await admin.getByRole("button", { name: "Zamknij ocenę (przewodnictwo komisji)" }).click();
    await expect(admin.getByText("Ocena w tym konkursie jest zamknięta.")).toBeVisible();
    await expectAccessible(admin);

    for (let i = 0; i < 3; i++) {
      await page
        .getByLabel(/^Punkty \(0–\d+\)/)
        .nth(i)
        .fill("5");
      await page
        .getByLabel(/^Uzasadnienie/)
        .nth(i)
        .fill("Ocena po zamknięciu.");
    }
    await page.getByRole("button", { name: "Dalej: sprawdź ocenę" }).click();
    await page.getByRole("button", { name: "Zatwierdź ocenę" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Ocena komisji jest zamknięta");
    await page.goto(`/commission/${id}/ranking`);
    await expect(page.getByRole("table", { name: "Ranking ofert według średniej punktów" })).toBeVisible();
    await expect(page.getByTestId("unscored")).toContainText(`${summer} — bez oceny`);
    await expectAccessible(page);

    // The protocol lists the conflict.
    await admin.goto(`/admin/competitions/${id}/protocol`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Protokół z prac komisji konkursowej");
    await expect(admin.getByText(/Robert Dąbrowski — Klub wsparcia rówieśniczego/)).toBeVisible();
    await expectAccessible(admin);
  });

  test("grants within the budget, publication, and the results for a visitor and in open data", async ({
    page,
    as,
    request,
    loginAs,
    expectAccessible,
  }) => {
    const { id, number, offers } = await setup(request, "scoring.closed");
    const [, workshops, duty, summer] = offers.map((o) => o.title);
    // Grants: never above the budget (50 000 zł).
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/competitions/${id}/decisions`);
    await expectAccessible(page);
    await page.getByLabel(`Kwota dotacji (zł) dla: ${workshops}`).fill("40000");
    await page.getByRole("button", { name: "Zapisz kwotę" }).first().click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano." })).toBeVisible();
    await page.reload();
    const second = page.getByLabel(`Kwota dotacji (zł) dla: ${duty}`);
    await second.fill("20000");
    await page.getByRole("button", { name: "Zapisz kwotę" }).nth(1).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      "Suma dotacji przekroczyłaby budżet konkursu.",
    );
    await expect(page.getByText(/Do rozdysponowania zostało 10\s000,00 zł/)).toBeVisible();
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByTestId("remaining")).toHaveText(/10\s000,00 zł/);
    await page.getByLabel(`Kwota dotacji (zł) dla: ${duty}`).fill("10000");
    await page.getByRole("button", { name: "Zapisz kwotę" }).nth(1).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano." })).toBeVisible();
    await page.getByRole("button", { name: "Opublikuj wyniki" }).click();
    await expect(page.getByText(/Wyniki opublikowano/)).toBeVisible();
    await expectAccessible(page);

    // A visitor sees the results; open data too.
    const visitor = await as(null);
    await visitor.goto(`/competitions/${id}/results`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Wyniki konkursu ${number}`);
    const table = visitor.getByRole("table", { name: "Oferty i przyznane dotacje" });
    await expect(table.getByRole("row", { name: new RegExp(workshops.replace(/[()]/g, "\\$&")) })).toContainText(/40\s000,00 zł/);
    // an offer nobody scored has no place in the ranking: it is listed apart
    await expect(table.getByRole("row", { name: new RegExp(summer.replace(/[()]/g, "\\$&")) })).toHaveCount(0);
    await expect(visitor.getByRole("region", { name: "Oferty bez oceny" }).getByRole("listitem").filter({ hasText: summer })).toContainText(
      `${summer} — bez oceny`,
    );
    await expectAccessible(visitor);
    await visitor.getByRole("link", { name: "Jak poznać uzasadnienie wyboru lub odrzucenia oferty" }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Jak poprosić o uzasadnienie wyboru lub odrzucenia oferty");
    await expectAccessible(visitor);
    const api = await visitor.request.get(`/api/v1/competitions/${id}/results`);
    expect(api.status()).toBe(200);
    const json = await api.json();
    expect(json.offers).toHaveLength(4);
    expect(json.grantedTotalGrosze).toBe(50_000_00);
  });

  test("the published demo competition shows its results publicly", async ({ page, request, expectAccessible }) => {
    const published = (await demoCatalog(request)).competitions.results;
    await page.goto(`/competitions/${published.id}/results`);
    await expect(page.getByRole("table", { name: "Oferty i przyznane dotacje" })).toBeVisible();
    await expectAccessible(page);
  });
});
