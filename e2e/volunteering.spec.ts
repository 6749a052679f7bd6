import { expect, expectAccessible, setup, submitAndWait, test } from "./fixtures";

test("a resident finds an offer, applies, is accepted, confirms the agreement; the organization logs hours and issues a certificate anyone can verify", async ({
  page,
  as,
}) => {
  test.slow(); // four people, axe on every page
  const { offerId, title, organization, resident, other } = await setup(page.request, "volunteering.offer");

  // a visitor finds the offer on the board (filtered to the organization, as its directory mark links) and opens it
  await page.goto(`/volunteering?organization=${organization.id}&district=bojary`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wolontariat");
  await expectAccessible(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("organizacja zawrze z tobą pisemne porozumienie", { exact: false })).toBeVisible();
  await expectAccessible(page);
  // the API lists it without personal data; a malformed id is a 404
  const api = await (await page.request.get(`/api/v1/volunteering/offers?organization=${organization.id}`)).json();
  expect(api).toMatchObject({ total: 1, page: 1, items: [{ id: offerId, title }] });
  expect(JSON.stringify(api)).not.toContain(organization.owner.email);
  expect((await page.request.get("/api/v1/volunteering/offers/not-an-id")).status()).toBe(404);

  // applying asks to sign in and comes back
  await page.getByRole("link", { name: "Zgłoś się do tej oferty" }).click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await page.getByLabel("E-mail").fill(resident.email);
  await page.getByLabel("Hasło").fill(resident.password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zgłoszenie do oferty");
  await expectAccessible(page);
  await page.getByLabel("Wiadomość do organizacji").fill("Chętnie pomogę dzieciom w nauce po południu.");
  await page.getByLabel("Data urodzenia").fill("1990-05-05");
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByText("Zgłoszenie zostało wysłane do organizacji.")).toBeVisible();

  // another organization is refused its applications and the engagement; so is the volunteer on the organization's page
  const stranger = await as(other.email, other.password);
  expect((await stranger.goto(`/account/volunteering/offers/${offerId}`))!.status()).toBe(403);
  expect((await page.goto(`/account/volunteering/offers/${offerId}`))!.status()).toBe(403);

  // the organization accepts
  const org = await as(organization.owner.email, organization.owner.password);
  await org.goto("/account/volunteering/offers");
  await expect(org.getByRole("heading", { level: 1 })).toHaveText("Oferty wolontariatu moich organizacji");
  await expectAccessible(org);
  await org.goto(`/account/volunteering/offers/${offerId}`);
  await expect(org.getByText("Chętnie pomogę dzieciom w nauce po południu.")).toBeVisible();
  await expectAccessible(org);
  await org.getByLabel("Wiadomość do wolontariusza").fill("Zapraszamy we wtorek o 15:00.");
  await org.getByRole("button", { name: "Zapisz decyzję" }).click();
  await org.getByRole("link", { name: `Zaangażowanie: ${resident.name}` }).click();
  await org.waitForURL(/\/account\/volunteering\/engagements\/[0-9a-f-]{36}$/);
  const engagementPath = new URL(org.url()).pathname;
  expect((await stranger.goto(engagementPath))!.status()).toBe(403);

  // the organization generates the agreement (over 30 days: required)
  await expect(org.getByText("Porozumienie jest wymagane")).toBeVisible();
  await expectAccessible(org);
  await org.getByLabel("Miejsce wykonywania").fill("Świetlica, ul. Testowa 1");
  await org.getByLabel("Obowiązki wolontariusza").fill("Punktualność i dbałość o bezpieczeństwo dzieci.");
  await org.getByLabel("Obowiązki organizacji").fill("Szkolenie BHP i opieka koordynatora.");
  await org.getByLabel("Informacja o ryzyku").fill("Praca z dziećmi: ryzyko drobnych urazów.");
  await org.getByLabel("Zwrot kosztów").fill("Zwrot kosztów biletów.");
  await org.getByLabel("Poufność").fill("Dane dzieci są poufne.");
  await org.getByRole("button", { name: "Zapisz porozumienie" }).click();
  await expect(org.getByText("Czeka na potwierdzenie wolontariusza.")).toBeVisible();

  // the volunteer sees the acceptance, confirms the agreement and logs hours
  await page.goto("/account/volunteering");
  await expect(page.getByText("Przyjęte")).toBeVisible();
  await expect(page.getByText("Porozumienie czeka na twoje potwierdzenie.")).toBeVisible();
  await expectAccessible(page);
  await page.goto(engagementPath);
  await page.getByRole("button", { name: "Potwierdzam porozumienie" }).click();
  await expect(page.getByText("Potwierdzone przez wolontariusza")).toBeVisible();
  await page.getByLabel("Liczba godzin").fill("2");
  await page.getByLabel("Co zostało zrobione").fill("Lekcje z matematyki");
  await submitAndWait(page, page.getByRole("button", { name: "Zapisz godziny" }));
  await page.getByLabel("Liczba godzin").fill("1,5");
  await page.getByLabel("Co zostało zrobione").fill("Zajęcia plastyczne");
  await submitAndWait(page, page.getByRole("button", { name: "Zapisz godziny" }));
  await page.reload();
  await expect(page.getByRole("cell", { name: "Czeka na zatwierdzenie" })).toHaveCount(2);
  await expect(page.getByRole("button", { name: /Zatwierdź/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${engagementPath}/agreement`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Porozumienie o wykonywaniu świadczeń wolontariusza");
  await expect(page.getByText("Wolontariusz potwierdził porozumienie")).toBeVisible();
  await expectAccessible(page);

  // the organization approves one entry; the volunteer replaying that request for their own other entry is refused, nothing changes
  await org.reload();
  const ids = await org.locator('input[name="hoursId"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(ids).toHaveLength(2);
  const approval = org.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await org
    .getByRole("button", { name: /Zatwierdź/ })
    .first()
    .click();
  const sent = await approval;
  await expect(org.getByRole("cell", { name: "Zatwierdzone", exact: true })).toHaveCount(1);
  const replay = await page.request.fetch(page.url().replace(/\/agreement$/, ""), {
    method: "POST",
    headers: { "next-action": sent.headers()["next-action"], "content-type": sent.headers()["content-type"], accept: "text/x-component" },
    data: sent.postData()!.replaceAll(ids[0], ids[1]),
  });
  expect(replay.status()).toBeLessThan(500);
  await page.goto(engagementPath);
  await expect(page.getByRole("cell", { name: "Czeka na zatwierdzenie" })).toHaveCount(1);
  await expect(page.getByText("Zatwierdzone godziny razem: 2")).toBeVisible();

  // the organization records hours itself (approved at once) and issues the certificate
  await org.reload();
  await org.getByLabel("Liczba godzin").fill("3");
  await org.getByLabel("Co zostało zrobione").fill("Festyn w świetlicy");
  await submitAndWait(org, org.getByRole("button", { name: "Zapisz godziny" }));
  await org.getByLabel("Opinia o wykonywaniu świadczeń").fill("Zaangażowana i punktualna.");
  await org.getByRole("button", { name: "Wydaj zaświadczenie" }).click();
  const issued = org.getByText(/Kod weryfikacyjny: WOL-/);
  await expect(issued).toBeVisible();
  const code = /WOL-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}/.exec((await issued.textContent())!)![0];

  await page.goto(`${engagementPath}/certificate`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaświadczenie o wykonywaniu świadczeń wolontariusza");
  await expect(page.getByText(code, { exact: false }).first()).toBeVisible();
  await expectAccessible(page);

  // anyone verifies it by its code, typed loosely
  const visitor = await as(null);
  await visitor.goto("/volunteering/certificates/verify");
  await expectAccessible(visitor);
  await visitor.getByLabel("Kod zaświadczenia").fill(code.toLowerCase().replaceAll("-", " "));
  await visitor.getByRole("button", { name: "Sprawdź" }).click();
  await expect(visitor.getByRole("heading", { name: /Zaświadczenie jest prawdziwe/ })).toBeVisible();
  await expect(visitor.getByText(resident.name)).toBeVisible();
  await expect(visitor.getByText("5", { exact: true })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByLabel("Kod zaświadczenia").fill("WOL-0000-0000-0001");
  await visitor.getByRole("button", { name: "Sprawdź" }).click();
  await expect(visitor.getByText("To nie jest poprawny kod zaświadczenia.")).toBeVisible();
});

test("a minor's application waits for the guardian's consent before the organization sees it", async ({ page, as }) => {
  test.slow(); // three people, axe on every page
  const { offerId, organization, minor } = await setup(page.request, "volunteering.offer");
  const guardian = `opiekun.${minor.id.slice(0, 8)}@example.org`;
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(minor.email);
  await page.getByLabel("Hasło").fill(minor.password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(`/volunteering/${offerId}/apply`);
  await page.getByLabel("Wiadomość do organizacji").fill("Chodzę do liceum i lubię pracę z dziećmi.");
  await page.getByLabel("Data urodzenia").fill(`${new Date().getFullYear() - 16}-01-01`);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByText("Osoba niepełnoletnia podaje imię i nazwisko").first()).toBeVisible();
  await page.getByLabel("Imię i nazwisko rodzica lub opiekuna").fill("Maria Opiekuńcza");
  await page.getByLabel("E-mail rodzica lub opiekuna").fill(guardian);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByText("Wysłaliśmy prośbę o zgodę")).toBeVisible();
  await page.goto("/account/volunteering");
  await expect(page.getByText("Czeka na zgodę opiekuna")).toBeVisible();

  // the organization does not see it yet
  const org = await as(organization.owner.email, organization.owner.password);
  await org.goto(`/account/volunteering/offers/${offerId}`);
  await expect(org.getByText("Nie ma jeszcze zgłoszeń.")).toBeVisible();

  // the guardian confirms through the link in the mail (no sign-in); a tampered link is refused
  const { path } = await setup(page.request, "volunteering.consentLink", { email: guardian });
  const visitor = await as(null);
  await visitor.goto(`${path.slice(0, -3)}xyz`);
  await expect(visitor.getByText("Ten link jest nieprawidłowy")).toBeVisible();
  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Zgoda rodzica lub opiekuna na wolontariat");
  await expectAccessible(visitor);
  await visitor.getByRole("button", { name: "Wyrażam zgodę" }).click();
  await expect(visitor.getByText("Zgoda została zapisana")).toBeVisible();

  await org.reload();
  await expect(org.getByText("Chodzę do liceum i lubię pracę z dziećmi.")).toBeVisible();
  await expect(org.getByText("Osoba niepełnoletnia; zgoda opiekuna: Maria Opiekuńcza")).toBeVisible();

  // the statistics are public
  await visitor.goto("/volunteering/statistics");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Statystyki wolontariatu");
  await expectAccessible(visitor);
});
