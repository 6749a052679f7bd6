import { createHash } from "node:crypto";
import { expect, test } from "./fixtures";

/** The demo's stable ids (same as lib/db/seed/demo.ts demoId). */
function demoId(kind: string, key: string) {
  const bytes = createHash("sha1").update(`wspolnie-demo:${kind}:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const SOCLAB = "Fundacja Laboratorium Badań i Działań Społecznych SocLab";
const REVIEW = demoId("competition", "DSS-I.526.31.2026");
const SCORING = demoId("competition", "DSS-I.526.32.2026");
const PUBLISHED = demoId("competition", "DE-III.526.2.2026");
const socLabOffer = (competitionId: string) => demoId("offer", `${competitionId}:${demoId("organization", SOCLAB)}`);

test.describe("formal review", () => {
  test("the administrator asks for a correction and the representative sees what to fix", async ({
    page,
    browser,
    loginAs,
    expectAccessible,
  }) => {
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/competitions/${REVIEW}/review`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ocena formalna: DSS-I.526.31.2026");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Oceń: Klub wsparcia rówieśniczego (DSS-I.526.31.2026)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Lista kontrolna");
    await expectAccessible(page);

    const signatures = page.getByRole("group", { name: "Oferta ma podpisy i oświadczenia osób upoważnionych" });
    await signatures.getByLabel("Do poprawy").check();
    // Without saying what to fix the review is refused.
    await page.getByRole("button", { name: "Zapisz ocenę formalną" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toBeVisible();
    await expectAccessible(page);

    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Co dokładnie trzeba poprawić").fill("Brak podpisu drugiego członka zarządu na oświadczeniach.");
    await page.getByLabel("Termin poprawy").fill(deadline);
    await page.getByRole("button", { name: "Zapisz ocenę formalną" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zapisano ocenę formalną." })).toBeVisible();
    await page.goto(`/admin/competitions/${REVIEW}/review`);
    await expect(page.getByRole("row", { name: /Klub wsparcia rówieśniczego/ })).toContainText("wezwanie do poprawy");

    const ngo = await browser.newContext();
    const rep = await ngo.newPage();
    await loginAs(rep, "ngo@demo.test");
    // The offer itself says what to correct and by when, and leads to the details.
    await rep.goto(`/offers/${socLabOffer(REVIEW)}`);
    const notice = rep.getByRole("status").filter({ has: rep.getByRole("heading", { name: "Urząd wzywa do poprawienia oferty" }) });
    await expect(notice).toContainText("Oferta ma podpisy i oświadczenia osób upoważnionych");
    await expect(notice).toContainText(/Termin: \d{1,2} \S+ \d{4}/);
    await expectAccessible(rep);
    await notice.getByRole("link", { name: "Zobacz, co trzeba poprawić" }).click();
    await expect(rep).toHaveURL(new RegExp(`/offers/${socLabOffer(REVIEW)}/corrections$`));
    await expect(rep.getByRole("heading", { name: "Urząd wzywa do poprawienia oferty" })).toBeVisible();
    await expect(rep.getByText("Oferta ma podpisy i oświadczenia osób upoważnionych")).toBeVisible();
    await expect(rep.getByText("Brak podpisu drugiego członka zarządu na oświadczeniach.")).toBeVisible();
    await expectAccessible(rep);
    await ngo.close();

    // Another organization's representative cannot open it.
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await loginAs(stranger, "ngo2@demo.test");
    const response = await stranger.goto(`/offers/${socLabOffer(REVIEW)}/corrections`);
    expect(response?.status()).toBe(403);
    await other.close();
  });
});

test.describe("administrator's navigation", () => {
  test("every stage of a competition is reached by clicking, from the list of competitions", async ({
    page,
    loginAs,
    expectAccessible,
  }) => {
    test.setTimeout(90_000);
    await loginAs(page, "admin@demo.test");
    await page.goto("/admin/competitions");
    await page.getByRole("row").filter({ hasText: "DE-III.526.2.2026" }).getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/competitions/${PUBLISHED}$`));
    const stages = page.getByRole("navigation", { name: "Etapy konkursu" });
    await expect(stages.getByRole("link", { name: "Ogłoszenie i status" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
    for (const [link, heading] of [
      ["Ocena formalna", "Ocena formalna: DE-III.526.2.2026"],
      ["Komisja", "Komisja konkursowa: DE-III.526.2.2026"],
      ["Decyzje o dotacjach", "Decyzje o dotacjach: DE-III.526.2.2026"],
      ["Protokół komisji", "Protokół z prac komisji konkursowej"],
    ] as const) {
      await page.getByRole("navigation", { name: "Etapy konkursu" }).getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectAccessible(page);
    }
    await page.getByRole("navigation", { name: "Etapy konkursu" }).getByRole("link", { name: "Wyniki (publiczne)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wyniki konkursu DE-III.526.2.2026");
    await expectAccessible(page);
  });
});

test.describe("commission", () => {
  test("a member of a bidding organization cannot be appointed, and the page says why", async ({ page, loginAs, expectAccessible }) => {
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/competitions/${SCORING}/commission`);
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

test.describe.serial("scoring, decisions and results", () => {
  test("a member not on a commission gets 403", async ({ page, loginAs, expectAccessible }) => {
    await loginAs(page, "robert.dabrowski@demo.test");
    const response = await page.goto(`/commission/${REVIEW}`);
    expect(response?.status()).toBe(403);
    await expectAccessible(page);
  });

  test("declaration, conflict, refused scores, closing, grants within the budget, publication", async ({
    page,
    browser,
    loginAs,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    await loginAs(page, "robert.dabrowski@demo.test");
    await page.goto(`/commission/${SCORING}`);
    await expect(page.getByRole("heading", { name: "Oświadczenie o bezstronności" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Otwórz ofertę/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Podpisuję oświadczenie" }).click();
    await expect(page.getByText(/Oświadczenie o bezstronności podpisane/)).toBeVisible();
    await expect(page.getByRole("link", { name: /Otwórz ofertę/ })).toHaveCount(4);
    await expectAccessible(page);

    // A conflict on SocLab's offer: no score form afterwards.
    await page.getByRole("link", { name: "Otwórz ofertę: Klub wsparcia rówieśniczego (DSS-I.526.32.2026)" }).click();
    await page.getByLabel("Na czym polega konflikt (opcjonalnie)").fill("Jestem członkiem stowarzyszenia oferenta.");
    await page.getByRole("button", { name: "Zgłaszam konflikt interesów" }).click();
    await expect(page.getByText("Zgłosiłeś konflikt interesów wobec tej oferty. Nie oceniasz jej.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Złóż ocenę" })).toHaveCount(0);
    await expectAccessible(page);

    const score = async (title: string, points: number[]) => {
      await page.goto(`/commission/${SCORING}`);
      await page.getByRole("link", { name: `Otwórz ofertę: ${title} (DSS-I.526.32.2026)` }).click();
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
      await page.getByRole("button", { name: "Złóż ocenę" }).click();
    };
    // Above the maximum: refused, nothing saved.
    await score("Warsztaty radzenia sobie ze stresem", [11, 8, 8]);
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("przekracza maksimum");
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("button", { name: "Złóż ocenę" })).toBeVisible();
    await expect(page.getByText("Oceny pozostałych członków zobaczysz po złożeniu własnej oceny.")).toBeVisible();

    await score("Warsztaty radzenia sobie ze stresem", [9, 8, 8]);
    await expect(page.getByText("Twoja ocena została złożona: 25 pkt.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Oceny członków komisji" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Anna Pawłowska" })).toBeVisible();
    await expectAccessible(page);
    await score("Dyżury psychologa w szkołach", [7, 7, 6]);
    await expect(page.getByText("Twoja ocena została złożona: 20 pkt.")).toBeVisible();

    // The desk filters by the member's own state: one offer left to score, one with a conflict.
    await page.goto(`/commission/${SCORING}`);
    await page.getByRole("link", { name: "do oceny (1)" }).click();
    await expect(page.getByRole("link", { name: "do oceny (1)" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: /Otwórz ofertę/ })).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Otwórz ofertę: Letnia szkoła uważności (DSS-I.526.32.2026)" })).toBeVisible();
    await expectAccessible(page);

    // The form of the last offer is open when the chair closes scoring: the submission is refused.
    await page.goto(`/commission/${SCORING}`);
    await page.getByRole("link", { name: "Otwórz ofertę: Letnia szkoła uważności (DSS-I.526.32.2026)" }).click();
    await expect(page.getByRole("button", { name: "Złóż ocenę" })).toBeVisible();

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await loginAs(admin, "admin@demo.test");
    await admin.goto(`/commission/${SCORING}`);
    await admin.getByRole("button", { name: "Zamknij ocenę (przewodniczący)" }).click();
    await expect(admin.getByText("Przewodniczący komisji zamknął ocenę.")).toBeVisible();
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
    await page.getByRole("button", { name: "Złóż ocenę" }).click();
    await expect(page.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText("Przewodniczący zamknął ocenę");
    await page.goto(`/commission/${SCORING}/ranking`);
    await expect(page.getByRole("table", { name: "Ranking ofert według średniej punktów" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Letnia szkoła uważności/ })).toContainText("—");
    await expectAccessible(page);

    // The protocol.
    await admin.goto(`/admin/competitions/${SCORING}/protocol`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Protokół z prac komisji konkursowej");
    await expect(admin.getByText(/Robert Dąbrowski — Klub wsparcia rówieśniczego/)).toBeVisible();
    await expectAccessible(admin);

    // Grants: never above the budget (50 000 zł).
    await admin.goto(`/admin/competitions/${SCORING}/decisions`);
    await expectAccessible(admin);
    await admin.getByLabel("Kwota dotacji (zł) dla: Warsztaty radzenia sobie ze stresem (DSS-I.526.32.2026)").fill("40000");
    await admin.getByRole("button", { name: "Zapisz kwotę" }).first().click();
    await expect(admin.getByRole("status").filter({ hasText: "Zapisano." })).toBeVisible();
    await admin.reload();
    const second = admin.getByLabel("Kwota dotacji (zł) dla: Dyżury psychologa w szkołach (DSS-I.526.32.2026)");
    await second.fill("20000");
    await admin.getByRole("button", { name: "Zapisz kwotę" }).nth(1).click();
    await expect(admin.getByRole("alert", { name: "Popraw błędy w formularzu" })).toContainText(
      "Suma dotacji przekroczyłaby budżet konkursu.",
    );
    await expect(admin.getByText(/Do rozdysponowania zostało 10\s000,00 zł/)).toBeVisible();
    await expectAccessible(admin);
    await admin.reload();
    await expect(admin.getByTestId("remaining")).toHaveText(/10\s000,00 zł/);
    await admin.getByLabel("Kwota dotacji (zł) dla: Dyżury psychologa w szkołach (DSS-I.526.32.2026)").fill("10000");
    await admin.getByRole("button", { name: "Zapisz kwotę" }).nth(1).click();
    await expect(admin.getByRole("status").filter({ hasText: "Zapisano." })).toBeVisible();
    await admin.getByRole("button", { name: "Opublikuj wyniki" }).click();
    await expect(admin.getByText(/Wyniki opublikowano/)).toBeVisible();
    await expectAccessible(admin);
    await adminContext.close();

    // A visitor sees the results; open data too.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/competitions/${SCORING}/results`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Wyniki konkursu DSS-I.526.32.2026");
    const table = visitor.getByRole("table", { name: "Oferty i przyznane dotacje" });
    await expect(table.getByRole("row", { name: /Warsztaty radzenia sobie ze stresem/ })).toContainText(/40\s000,00 zł/);
    await expect(table.getByRole("row", { name: /Letnia szkoła uważności/ })).toContainText("nie przyznano dotacji");
    await expectAccessible(visitor);
    await visitor.getByRole("link", { name: "Jak poznać uzasadnienie wyboru lub odrzucenia oferty" }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Jak poprosić o uzasadnienie wyboru lub odrzucenia oferty");
    await expectAccessible(visitor);
    const api = await visitor.request.get(`/api/v1/competitions/${SCORING}/results`);
    expect(api.status()).toBe(200);
    const json = await api.json();
    expect(json.offers).toHaveLength(4);
    expect(json.grantedTotalGrosze).toBe(50_000_00);
    await visitorContext.close();
  });

  test("the published demo competition shows its results publicly", async ({ page, expectAccessible }) => {
    await page.goto(`/competitions/${PUBLISHED}/results`);
    await expect(page.getByRole("table", { name: "Oferty i przyznane dotacje" })).toBeVisible();
    await expectAccessible(page);
  });
});
