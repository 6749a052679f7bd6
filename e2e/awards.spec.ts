import type { Locator, Page } from "@playwright/test";
import { expect, setup, submitAndWait, test } from "./fixtures";

/** Clicks a decision whose form gives way to its confirmation (or to the next stage) and waits for the action's answer. */
async function decide(page: Page, button: Locator) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await button.click();
  await answered;
}

/*
 * The volunteer awards (issue 19 part 4): a resident nominates, the nominee consents by the mail
 * link, a jury member declares impartiality and scores, staff publish the results, the laureate
 * consents to publication and the public page shows them. Axe on every page; the roles that must be
 * refused are tried from the outside.
 */
test("a nomination with consent, jury scoring and published results", async ({ page, as, expectAccessible }) => {
  test.slow(); // four people, axe on every page
  const { editionId, award, year, resident, juror } = await setup(page.request, "awards.openEdition");
  const title = `${award} ${year}`;
  const nominee = `kandydat.${juror.id.slice(0, 8)}@example.org`;
  const nomineeName = `Ewa Kandydatka ${juror.id.slice(0, 4)}`;

  // the public list shows the open call; the resident nominates (signing in on the way)
  const visitor = await as(null);
  await visitor.goto("/volunteering/awards");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Nagrody dla wolontariuszy");
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: title, exact: true }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("Wyniki nie zostały jeszcze ogłoszone.")).toBeVisible();
  await expectAccessible(visitor);

  const nominator = await as(resident.email, resident.password);
  await nominator.goto(`/volunteering/awards/${editionId}/nominate`);
  await expect(nominator.getByRole("heading", { level: 1 })).toHaveText(`Zgłoszenie kandydata: ${title}`);
  await expectAccessible(nominator);
  await nominator.getByLabel("Zgłaszam").selectOption({ label: "Jako mieszkaniec lub mieszkanka" });
  await nominator.getByLabel("Kategoria").selectOption({ label: "Wolontariusz roku" });
  await nominator.getByLabel("Imię i nazwisko kandydata").fill(nomineeName);
  await nominator.getByLabel("E-mail kandydata").fill(nominee);
  await nominator.getByLabel("Uzasadnienie").fill("Za krótko.");
  await nominator.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(nominator.getByText("Ten tekst jest za krótki.").first()).toBeVisible();
  await expectAccessible(nominator);
  await nominator
    .getByLabel("Uzasadnienie")
    .fill("Od sześciu lat prowadzi głośne czytanie dla dzieci w bibliotece osiedlowej i zbiera książki dla domu dziecka.");
  await nominator.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(nominator.getByText("Wysłaliśmy kandydatowi prośbę o zgodę")).toBeVisible();

  // the nominee consents through the link in the mail (no sign-in); a tampered link is refused (after the consent the page shows it recorded)
  const { path, nominationId } = await setup(page.request, "awards.consentLink", { email: nominee, kind: "nomineeConsent" });
  await visitor.goto(`${path.slice(0, -3)}xyz`);
  await expect(visitor.getByText("Ten link jest nieprawidłowy")).toBeVisible();
  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Zgoda na zgłoszenie do nagrody");
  await expectAccessible(visitor);
  await visitor.getByRole("button", { name: "Wyrażam zgodę" }).click();
  await expect(visitor.getByText("Zgoda została zapisana")).toBeVisible();

  // staff appoint the jury member and close the nominations
  const staff = await as("centrum@demo.test");
  await staff.goto("/centre/manage/awards");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Nagrody dla wolontariuszy");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: title, exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Edycja: ${title}`);
  await staff.getByLabel("E-mail konta członka kapituły").fill(juror.email);
  await submitAndWait(staff, staff.getByRole("button", { name: "Powołaj do kapituły" }));
  await expect(staff.getByText(`${juror.name} (${juror.email}) — bez oświadczenia`)).toBeVisible();
  await decide(staff, staff.getByRole("button", { name: "Zamknij nabór i przekaż zgłoszenia kapitule" }));
  await expect(staff.getByRole("heading", { name: "Ranking kapituły" })).toBeVisible();
  await expectAccessible(staff);

  // refusals from the outside: the nominator cannot open the jury's scoring nor the staff's page;
  // the jury member cannot score before declaring impartiality
  const scoring = `/account/awards/${editionId}/${nominationId}`;
  await nominator.goto(scoring);
  await expect(nominator.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
  await nominator.goto(`/centre/manage/awards/${editionId}`);
  await expect(nominator.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
  const jury = await as(juror.email, juror.password);
  await jury.goto(scoring);
  await expect(jury.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");

  // the jury member declares, then scores with the competitions' score sheet
  await jury.goto(`/account/awards/${editionId}`);
  await expect(jury.getByRole("heading", { level: 1 })).toHaveText(`Kapituła: ${title}`);
  await expect(jury.getByText(nomineeName)).toHaveCount(0);
  await expectAccessible(jury);
  await decide(jury, jury.getByRole("button", { name: "Podpisuję oświadczenie" }));
  await jury.getByRole("link", { name: `Oceń: ${nomineeName}` }).click();
  await expect(jury.getByRole("heading", { level: 1 })).toHaveText(`Ocena: ${nomineeName}`);
  await expectAccessible(jury);
  await jury.getByLabel("Punkty (0–10) — Zaangażowanie").fill("9");
  await jury.getByLabel("Uzasadnienie — Zaangażowanie").fill("Systematyczna praca od lat.");
  await jury.getByLabel("Punkty (0–5) — Wpływ na społeczność").fill("4");
  await jury.getByLabel("Uzasadnienie — Wpływ na społeczność").fill("Dzieci z całego osiedla.");
  await expect(jury.getByTestId("running-total")).toContainText("13");
  await jury.getByRole("button", { name: "Sprawdź ocenę" }).click();
  await decide(jury, jury.getByRole("button", { name: "Zatwierdź ocenę" }));
  await expect(jury.getByText("Twoja ocena została złożona: 13 pkt.")).toBeVisible();

  // staff choose the laureate and publish the results
  await staff.reload();
  await expect(staff.getByRole("cell", { name: "13", exact: true })).toBeVisible();
  await decide(staff, staff.getByRole("form", { name: `Wybierz na laureata: ${nomineeName}` }).getByRole("button"));
  await decide(staff, staff.getByRole("button", { name: "Ogłoś wyniki" }));
  await expect(staff.getByRole("heading", { name: "Gala Dnia Wolontariusza (5 grudnia)" })).toBeVisible();
  await expectAccessible(staff);

  // not on the public page before the laureate's consent to publication
  await visitor.goto(`/volunteering/awards/${editionId}`);
  await expect(visitor.getByText("Laureaci jeszcze nie potwierdzili zgody")).toBeVisible();
  const publication = await setup(page.request, "awards.consentLink", { email: nominee, kind: "publicationConsent" });
  await visitor.goto(publication.path);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Zgoda na publikację nazwiska laureata");
  await expectAccessible(visitor);
  await visitor.getByRole("button", { name: "Wyrażam zgodę" }).click();
  await expect(visitor.getByText("Zgoda została zapisana")).toBeVisible();
  await visitor.goto(`/volunteering/awards/${editionId}`);
  await expect(visitor.getByTestId("laureates")).toContainText(nomineeName);
  await expectAccessible(visitor);

  // open data: the edition with its published laureate, nothing personal beyond the name; a malformed id is a 404
  const list = await (await page.request.get("/api/v1/volunteering/awards")).json();
  expect(Object.keys(list).sort()).toEqual(["items", "page", "pageSize", "total"]);
  const item = list.items.find((i: { id: string }) => i.id === editionId);
  expect(item.laureates).toEqual([{ name: nomineeName, category: "Wolontariusz roku" }]);
  expect(JSON.stringify(list)).not.toContain("@");
  expect((await page.request.get("/api/v1/volunteering/awards/not-an-id")).status()).toBe(404);
});
