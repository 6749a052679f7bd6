import { XMLValidator } from "fast-xml-parser";
import { expect, expectAccessible, setup, test } from "./fixtures";

/** News and the daily mailing (issue 18): subscription by e-mail, an organization's announcement, staff's desk, refusals. */

test("subscribe without an account, confirm by the mail's link, change topics, unsubscribe in one click", async ({ as }) => {
  const email = `news.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
  const visitor = await as(null);
  await visitor.goto("/news");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Aktualności dla organizacji");
  await expectAccessible(visitor);
  const firstItem = visitor.locator("main h2 a").first();
  const itemTitle = (await firstItem.textContent())!;
  await firstItem.click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(itemTitle);
  await expectAccessible(visitor);
  await visitor.goto("/news/mailings");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Archiwum mailingów");
  await expectAccessible(visitor);

  await visitor.goto("/news/subscribe");
  await expectAccessible(visitor);
  await visitor.getByLabel("Adres e-mail").fill(email);
  await visitor.getByRole("checkbox", { name: "Szkolenia", exact: true }).check();
  await visitor.getByRole("button", { name: "Zapisz się" }).click();
  await expect(visitor.getByText("Sprawdź skrzynkę")).toBeVisible();

  // the confirmation link, read from the outbox
  const admin = await as("admin@demo.test");
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: "Potwierdź subskrypcję mailingu z aktualnościami" }).first().click();
  const href = (await admin.getByRole("link", { name: /\/news\/subscription\// }).getAttribute("href"))!;
  const token = /\/news\/subscription\/([A-Za-z0-9_-]+)$/.exec(href)![1];

  // a forged link is refused
  await visitor.goto(`/news/subscription/${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
  await expect(visitor.getByText("Ten link jest nieważny.")).toBeVisible();
  await expectAccessible(visitor);

  // opening the link changes nothing; one click confirms
  await visitor.goto(href);
  await expectAccessible(visitor);
  await visitor.getByRole("button", { name: "Potwierdzam subskrypcję" }).click();
  // confirmed: the page turns into the subscriber's topics
  await expect(visitor.getByRole("heading", { name: "Tematy", level: 2 })).toBeVisible();
  const training = visitor.getByRole("checkbox", { name: "Szkolenia", exact: true });
  await expect(training).toBeChecked();
  await expectAccessible(visitor);
  await visitor.getByRole("checkbox", { name: "Wolontariat", exact: true }).check();
  await visitor.getByRole("button", { name: "Zapisz tematy" }).click();
  await expect(visitor.getByText("Tematy zapisane.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("checkbox", { name: "Wolontariat", exact: true })).toBeChecked();

  // RFC 8058: the mail program's one-click POST, no cookies, answered 200
  const oneClick = await visitor.request.post(`/api/news/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  await visitor.reload();
  await expect(visitor.getByText(`Wypisano adres ${email} z mailingu.`)).toBeVisible();
  await expectAccessible(visitor);
});

test("an organization proposes an announcement; staff accept it edited; it is on /news and in the mailing plan", async ({
  as,
  request,
}) => {
  const org = await setup(request, "organizations.withOwner");
  const title = `Nabór wolontariuszy ${Date.now()}`;
  const owner = await as(org.owner.email, org.owner.password);
  await owner.goto("/account/announcements");
  await expectAccessible(owner);
  await owner.getByLabel("Rodzaj ogłoszenia").selectOption("volunteers");
  await owner.getByLabel("Tytuł", { exact: true }).fill(title);
  await owner.getByLabel("Zajawka").fill("Szukamy osób do pomocy przy festynie sąsiedzkim.");
  await owner.locator('input[name="areas"][value="volunteering"]').check();
  await owner.getByRole("button", { name: "Wyślij ogłoszenie" }).click();
  await expect(owner.getByText("Ogłoszenie wysłane do redakcji.")).toBeVisible();
  await expect(owner.getByTestId("announcement").filter({ hasText: title })).toContainText("Czeka na decyzję");

  const staff = await as("centrum@demo.test");
  await staff.goto("/news/manage");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Redakcja aktualności");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: title }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Ogłoszenie do decyzji");
  await expectAccessible(staff);
  const edited = `${title} — festyn`;
  await staff.getByLabel("Tytuł", { exact: true }).fill(edited);
  await staff.getByRole("button", { name: "Przyjmij i opublikuj" }).click();
  await expect(staff.getByText("Ogłoszenie jest już rozpatrzone (Przyjęte).")).toBeVisible();

  await staff.goto("/news/manage");
  await expect(staff.getByRole("region", { name: "Plan mailingu na najbliższe trzy dni robocze" }).getByText(edited)).toBeVisible();
  await expect(staff.getByRole("region", { name: "Kolejka mailingu" }).getByText(edited)).toBeVisible();

  const visitor = await as(null);
  await visitor.goto("/news");
  await visitor.getByRole("link", { name: edited }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(edited);
  await expect(visitor.getByRole("link", { name: `Ogłoszenie organizacji ${org.name}` })).toBeVisible();

  await owner.reload();
  const mine = owner.getByTestId("announcement").filter({ hasText: title });
  await expect(mine).toContainText("Przyjęte");
  await expect(mine).toContainText("Redakcja zmieniła: tytuł");
  await expectAccessible(owner);
});

test("staff write a draft; a returned announcement; the account's subscription page", async ({ as }) => {
  const staff = await as("centrum@demo.test");
  await staff.goto("/news/manage/new");
  await expectAccessible(staff);
  const title = `Szkic aktualności ${Date.now()}`;
  await staff.getByLabel("Tytuł", { exact: true }).fill(title);
  await staff.getByLabel("Rodzaj", { exact: true }).selectOption("city");
  await staff.getByLabel("Treść").fill("**Ważne:** zmiana godzin pracy.\n\n<script>alert(1)</script>");
  await staff.getByRole("button", { name: "Zapisz", exact: true }).click();
  await expect(staff).toHaveURL(/\/news\/manage\/[0-9a-f-]{36}$/);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Edycja aktualności");
  await expectAccessible(staff);
  // a draft is not public
  const id = /\/news\/manage\/([0-9a-f-]{36})$/.exec(staff.url())![1];
  const visitor = await as(null);
  expect((await visitor.goto(`/news/${id}`))!.status()).toBe(404);

  // attachments: the type is read from the content (an HTML page named .pdf is refused), then a real PDF
  const file = staff.getByLabel("Plik", { exact: true });
  await file.setInputFiles({
    name: "ulotka.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await staff.getByRole("button", { name: "Dołącz plik" }).click();
  await expect(staff.getByText("Dołączyć można plik PDF, DOCX, ODT, XLSX albo obraz").first()).toBeVisible();
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  await file.setInputFiles({ name: "Regulamin zajęć.pdf", mimeType: "application/pdf", buffer: pdf });
  await staff.getByRole("button", { name: "Dołącz plik" }).click();
  await expect(staff.getByRole("status")).toHaveText("Plik dołączony.");
  await expect(staff.getByRole("link", { name: "Regulamin zajęć.pdf" })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Opublikuj bez mailingu" }).click();
  await expect(staff.getByText("Aktualność jest opublikowana")).toBeVisible();

  // on the public page (cached, revalidated by the publication): name, type and size; the download
  await visitor.goto(`/news/${id}`);
  const attachments = visitor.getByRole("region", { name: "Załączniki" });
  await expect(attachments).toContainText(`Regulamin zajęć.pdf`);
  await expect(attachments).toContainText(`PDF · ${pdf.length} B`);
  await expectAccessible(visitor);
  const href = (await attachments.getByRole("link", { name: "Regulamin zajęć.pdf" }).getAttribute("href"))!;
  expect(href).toMatch(/^\/api\/v1\/news\/attachments\/[0-9a-f-]{36}\?v=[0-9a-f]{64}$/);
  const download = await visitor.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toBe(
    `attachment; filename="Regulamin zaj__.pdf"; filename*=UTF-8''${encodeURIComponent("Regulamin zajęć.pdf")}`,
  );
  expect(download.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);

  // removed: gone from the public page and its address
  await staff.getByRole("form", { name: "Usuń załącznik Regulamin zajęć.pdf" }).getByRole("button", { name: "Usuń" }).click();
  await expect(staff.getByText("Brak załączników.")).toBeVisible();
  await visitor.goto(`/news/${id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByRole("region", { name: "Załączniki" })).toHaveCount(0);
  expect((await visitor.request.get(href)).status()).toBe(404);

  // the demo's returned announcement: the reason, and the form to send it again
  const ngo = await as("ngo@demo.test");
  await ngo.goto("/account/announcements");
  await ngo.getByRole("link", { name: "Popraw i wyślij ponownie" }).first().click();
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Popraw zwrócone ogłoszenie");
  await expect(ngo.getByText("Powód zwrotu:")).toBeVisible();
  await expectAccessible(ngo);
  await ngo.goto("/account/news");
  await expect(ngo.getByRole("heading", { level: 1 })).toHaveText("Mailing z aktualnościami");
  await expectAccessible(ngo);
});

test("refusals from the outside; the open data and the feed", async ({ as, request }) => {
  const visitor = await as(null);
  await visitor.goto("/news/manage");
  await expect(visitor).toHaveURL(/\/login\?returnTo=%2Fnews%2Fmanage/);

  const outsider = await setup(request, "organizations.withOwner");
  const resident = await as(outsider.owner.email, outsider.owner.password);
  for (const path of ["/news/manage", "/news/manage/new"]) {
    expect((await resident.goto(path))!.status(), path).toBe(403);
  }
  // another organization's announcement is not theirs to send again
  const ngo = await as("ngo@demo.test");
  await ngo.goto("/account/announcements");
  const again = (await ngo.getByRole("link", { name: "Popraw i wyślij ponownie" }).first().getAttribute("href"))!;
  expect((await resident.goto(again))!.status()).toBe(403);

  // a forged one-click token changes nothing
  const forged = await request.post("/api/news/unsubscribe/forged-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(forged.status()).toBe(404);

  const list = await request.get("/api/v1/news?pageSize=5");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
  expect(body.items.length).toBeLessThanOrEqual(5);
  expect(JSON.stringify(body)).not.toMatch(/@/);
  expect((await request.get("/api/v1/news/not-a-uuid")).status()).toBe(404);
  expect((await request.get("/api/v1/news?type=nonsense")).status()).toBe(400);
  expect((await request.get(`/api/v1/news/${body.items[0].id}`)).status()).toBe(200);

  const feed = await request.get("/feeds/news.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(XMLValidator.validate(await feed.text())).toBe(true);
});
