import type { Locator } from "@playwright/test";
import { demoCatalog, expect, test } from "./fixtures";

/*
 * The home page as a visitor finds it: what is open now (the demo's records, read from its catalogue),
 * the latest results, the directory's live figures, where each audience goes next, the 2013–2014
 * figures as history on the statistics page, and titles that exist only in Polish marked on /en.
 */
const warsawDateTime = (iso: string) =>
  new Intl.DateTimeFormat("pl-PL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Warsaw" }).format(new Date(iso));

/**
 * Whether a section lists all it has: other journeys add open competitions, consultations and
 * meetings meanwhile, and a section shows the ten soonest, so a demo record may be pushed out of a
 * full one ("Pokazujemy 10 z N."); then the section is checked to show its ten instead.
 */
async function listsAll(section: Locator) {
  const shownOf = section.getByText(/^Pokazujemy \d+ z \d+\.$/);
  if ((await shownOf.count()) === 0) return true;
  await expect(section.getByRole("listitem")).toHaveCount(10);
  return false;
}

test.describe("visitor", () => {
  test("the home page shows what is open now and leads on to each full list", async ({ page, request, expectAccessible }) => {
    const demo = await demoCatalog(request);
    const now = Date.now();
    const response = await page.goto("/");
    expect(response?.headers()["link"]).toContain('hreflang="en"');

    const competitions = page.getByRole("region", { name: "Konkursy ofert otwarte teraz" });
    const openCompetitions = Object.values(demo.competitions).filter(
      (c) => c.status === "announced" && c.offerDeadline && Date.parse(c.offerDeadline) > now,
    );
    expect(openCompetitions.length).toBeGreaterThan(0);
    const allCompetitions = await listsAll(competitions);
    for (const competition of allCompetitions ? openCompetitions : []) {
      const item = competitions.getByRole("listitem").filter({ hasText: competition.number });
      await expect(item.getByRole("link", { name: competition.title })).toBeVisible();
      await expect(item).toContainText(`Oferty do ${warsawDateTime(competition.offerDeadline!)}`);
    }
    for (const competition of Object.values(demo.competitions).filter((c) => !openCompetitions.includes(c))) {
      await expect(competitions.getByRole("link", { name: competition.title })).toHaveCount(0);
    }

    const consultations = page.getByRole("region", { name: "Konsultacje otwarte teraz" });
    if (await listsAll(consultations)) {
      await expect(consultations.getByRole("link", { name: demo.consultations.open.title })).toBeVisible();
      await expect(consultations.getByRole("listitem").filter({ hasText: demo.consultations.open.title })).toContainText(
        /Uwagi do \d{1,2} \p{L}+ \d{4}/u,
      );
    }
    for (const key of ["planned", "closed"] as const) {
      await expect(consultations.getByRole("link", { name: demo.consultations[key].title })).toHaveCount(0);
    }

    const meetings = page.getByRole("region", { name: "Najbliższe spotkania" });
    const upcoming = Object.values(demo.meetings).filter((m) => Date.parse(m.endsAt) > now);
    expect(upcoming.length).toBeGreaterThan(0);
    for (const meeting of (await listsAll(meetings)) ? upcoming : []) {
      await expect(meetings.getByRole("listitem").filter({ hasText: meeting.title })).toContainText(warsawDateTime(meeting.startsAt));
    }
    for (const meeting of Object.values(demo.meetings).filter((m) => !upcoming.includes(m))) {
      await expect(meetings.getByRole("link", { name: meeting.title, exact: true })).toHaveCount(0);
    }

    const figures = page.getByRole("region", { name: "Organizacje i dotacje na bieżąco" });
    await expect(figures.getByRole("definition").first()).toHaveText(/^\d[\d\s]*$/);
    await expect(figures).toContainText(new RegExp(`Dotacje przyznane w ${new Date().getFullYear()} r\\.`));
    await expect(figures).toContainText(/\d[\d\s]*,\d{2} zł/);
    await expectAccessible(page);

    // the latest results lead to a results page
    const results = page.getByRole("region", { name: "Najnowsze wyniki konkursów" });
    const firstResult = results.getByRole("listitem").first().getByRole("link");
    const resultTitle = (await firstResult.textContent())!;
    await firstResult.click();
    await expect(page).toHaveURL(/\/competitions\/[0-9a-f-]{36}\/results$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Wyniki");
    await expect(page.getByRole("main")).toContainText(resultTitle.trim());

    // a section's link to its full list
    await page.goto("/");
    await meetings.getByRole("link", { name: "Wszystkie spotkania" }).click();
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wydarzenia i szkolenia");
    for (const meeting of upcoming) await expect(page.getByRole("link", { name: meeting.title, exact: true })).toBeVisible();

    // a "Dla kogo" card: residents go to the consultations
    await page.goto("/");
    const forWhom = page.getByRole("region", { name: "Dla kogo" });
    await expect(forWhom.getByRole("link", { name: "Złóż ofertę w otwartym konkursie" })).toHaveAttribute("href", "/competitions");
    await expect(forWhom.getByRole("link", { name: "Zgłoś organizację do bazy" })).toHaveAttribute("href", "/organizations/new");
    await forWhom.getByRole("link", { name: "Weź udział w konsultacjach" }).click();
    await expect(page).toHaveURL(/\/consultations$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konsultacje społeczne");
    await expect(page.getByRole("link", { name: demo.consultations.open.title })).toBeVisible();
  });

  test("the statistics page keeps the 2013–2014 figures as history", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await page
      .getByRole("region", { name: "Organizacje i dotacje na bieżąco" })
      .getByRole("link", { name: /Trzeci sektor w liczbach/ })
      .click();
    await expect(page).toHaveURL(/\/organizations\/statistics$/);
    const history = page.getByRole("region", { name: "Historia: lata 2013–2014" });
    await expect(history).toContainText("10 grudnia 2014");
    const table = history.getByRole("table", { name: "Trzeci sektor w Białymstoku w latach 2013–2014" });
    const row = (name: string) => table.getByRole("row", { name: new RegExp(`^${name}`) });
    await expect(row("Organizacje pozarządowe \\(2014\\)")).toContainText("843");
    await expect(row("w tym fundacje")).toContainText("161");
    await expect(row("w tym stowarzyszenia z osobowością prawną")).toContainText("493");
    await expect(row("w tym oddziały stowarzyszeń")).toContainText("144");
    await expect(row("w tym stowarzyszenia zwykłe")).toContainText("45");
    await expect(row("Organizacje sportowe \\(2014\\)")).toContainText("195");
    await expect(row("Organizacje pożytku publicznego")).toContainText("104");
    await expect(row("Dotacje udzielone przez Miasto \\(2013\\)")).toContainText("562");
    await expect(row("Łączna kwota dotacji \\(2013\\)")).toContainText("około 20 mln zł");
    await expectAccessible(page);
  });

  test("on /en, titles that exist only in Polish say so", async ({ page, expectAccessible }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // (whichever records are open now: other journeys add their own)
    for (const name of ["Competitions open now", "Consultations open now"]) {
      const section = page.getByRole("region", { name });
      await expect(section.getByText("Only in Polish.")).toHaveCount(1);
      await expect(section.getByRole("listitem").first().getByRole("link")).toHaveAttribute("lang", "pl");
    }
    await expect(page.getByRole("region", { name: "Upcoming meetings" }).getByText("Only in Polish.")).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Competitions open now" }).getByRole("listitem").first()).toContainText(
      /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
    );
    await expectAccessible(page);
  });
});

test("at 390 px the home page and the statistics history do not scroll sideways", async ({ page, expectAccessible }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/en", "/organizations/statistics"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
    await expectAccessible(page);
  }
});
