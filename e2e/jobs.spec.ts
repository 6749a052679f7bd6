import type { Browser, Page } from "@playwright/test";
import { headerLine, startSmtpSink, type SmtpSink } from "../tests/smtp";
import { expect, expectAccessible, loginAs, test } from "./fixtures";

/*
 * Background jobs inside `npm start`: mail leaves by itself through a real SMTP server, date-driven
 * changes happen without anyone opening the page that used to make them, and the administrator
 * sees every job. The server runs the time-driven jobs every 2 s here (JOBS_SCHEDULE in
 * playwright.config.ts) and sends mail to the SMTP server this file starts.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 1000);
/** APP_URL: scripts/start.ts defaults it to the local address in demo mode. */
const appUrl = `http://localhost:${port}`;

test.describe.configure({ mode: "serial" }); // one SMTP server on a fixed port
let smtp: SmtpSink;
test.beforeAll(async () => {
  smtp = await startSmtpSink(smtpPort);
});
test.afterAll(async () => {
  await smtp?.close();
});

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}

function mailTo(address: string, subject: RegExp) {
  return smtp.messages.find((m) => !Array.isArray(m.to) && m.to?.value.some((v) => v.address === address) && subject.test(m.subject ?? ""));
}

async function register(page: Page, email: string) {
  await page.goto("/register");
  await page.getByLabel("Imię i nazwisko").fill("Ola Pocztowa");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Hasło", { exact: true }).fill("Zielone jabłko 2026");
  await page.getByLabel("Powtórz hasło").fill("Zielone jabłko 2026");
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");
}

test("a new registration's verification mail leaves by itself over SMTP, with links from APP_URL only", async ({ page, browser }) => {
  test.slow(); // several people, a mail to wait for, axe on every page
  const email = `poczta.${Date.now()}@example.org`;
  await register(page, email);

  // Nobody opens anything: the outbox job sends it.
  const verification = /^Potwierdź adres e-mail/;
  await expect.poll(() => mailTo(email, verification)?.subject, { timeout: 20_000 }).toBe("Potwierdź adres e-mail w platformie Wspólnie");
  const mail = mailTo(email, verification)!;
  expect(mail.from?.value[0].address).toBe("powiadomienia@wspolnie.test");
  expect(headerLine(mail, "list-unsubscribe")).toBeUndefined();
  const link = /https?:\/\/\S+verify-email\?token=[\w-]+/.exec(mail.text!)![0];
  expect(link.startsWith(`${appUrl}/verify-email?token=`)).toBe(true);
  expect(mail.html).toContain(`<a href="${link}">`);

  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.getByRole("status")).toHaveText("Adres e-mail został potwierdzony. Możesz się zalogować.");

  const admin = await as(browser, "admin@demo.test");
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
  await expect(admin.getByTestId("outbox-state")).toContainText("wysłana");
  await expect(admin.getByTestId("outbox-row").getByRole("cell").nth(5)).toHaveText("1");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Potwierdź adres e-mail w platformie Wspólnie" }).click();
  await expect(admin.getByTestId("outbox-state")).toContainText("wysłana");
  await expectAccessible(admin);
  await admin.context().close();
});

test("a password-reset request with a forged X-Forwarded-Host still gets links to APP_URL", async ({ page, request }) => {
  test.slow(); // a registration and a mail to wait for
  const email = `reset.${Date.now()}@example.org`;
  await register(page, email);
  // What an attacker's client sends: the page's own form (a server action), with a forged host and
  // an Origin that matches it (a browser would not let a page forge them; a script does).
  const html = await (await request.get("/password-reset")).text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)![1];
  const fields: Record<string, string> = { email };
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g))
    fields[m[1]] = (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  const forged = await request.post("/password-reset", {
    multipart: fields,
    headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  });
  expect(forged.status()).toBe(200);
  expect(await forged.text()).toContain("Jeśli konto o tym adresie istnieje");

  const reset = /^Nowe hasło/;
  await expect.poll(() => mailTo(email, reset)?.subject, { timeout: 20_000 }).toBeTruthy();
  const mail = mailTo(email, reset)!;
  expect(`${mail.text}${mail.html}`).not.toContain("evil.example");
  expect(mail.text).toContain(`${appUrl}/password-reset/new?token=`);
});

test("jobs run on their own; the administrator sees each with its schedule and outcome, and may run one now", async ({
  browser,
  request,
}) => {
  test.slow(); // several people, a mail to wait for, axe on every page
  const admin = await as(browser, "admin@demo.test");
  await admin.goto("/admin/jobs");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Zadania w tle");
  for (const name of [
    "Wysyłka poczty",
    "Zamykanie naboru ofert",
    "Otwieranie i zamykanie konsultacji",
    "Rozpoczęcie realizacji umów",
    "Codzienne zestawienie odpowiedzi",
    "Przypomnienia o sprawozdaniach",
  ])
    await expect(admin.getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
  await expectAccessible(admin);

  // The demo's late competition passed its deadline before the server started: the job closes its
  // offers by itself — nobody opens the competitions' administration, which used to do it.
  await expect(async () => {
    await admin.reload();
    await expect(admin.getByTestId("job-competitions.close").getByTestId("last-run")).toContainText("według harmonogramu");
  }).toPass({ timeout: 20_000 });
  await admin.goto("/admin/audit?action=competition.offers_closed");
  await expect(admin.getByRole("cell", { name: "System (zadanie competitions.close)" }).first()).toBeVisible();
  await expectAccessible(admin);

  // Run one now: the page shows the outcome.
  await admin.goto("/admin/jobs");
  await admin.getByRole("button", { name: "Uruchom teraz: Sprawozdania należne z umów" }).click();
  await expect(admin.getByRole("status")).toHaveText("Zadanie „Sprawozdania należne z umów” zostało wykonane.");
  await expect(admin.getByTestId("job-reports.plan").getByTestId("last-run")).toContainText("uruchomione ręcznie");
  await expect(admin.getByTestId("job-reports.plan").getByTestId("outcome")).toContainText("Zakończone");
  await expectAccessible(admin);

  // Another site's form with the administrator's cookie is refused.
  const foreign = await admin.request.post("/api/admin/jobs/reports.plan/run", {
    headers: { origin: "https://evil.example" },
    form: { locale: "pl" },
  });
  expect(foreign.status()).toBe(403);
  // …and so is a form that names no origin at all (no proof it came from our page); one that names ours runs.
  const unnamed = await admin.request.post("/api/admin/jobs/reports.plan/run", { form: { locale: "pl" }, maxRedirects: 0 });
  expect(unnamed.status()).toBe(403);
  const own = await admin.request.post("/api/admin/jobs/reports.plan/run", {
    headers: { origin: new URL(admin.url()).origin },
    form: { locale: "pl" },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(303);
  await admin.context().close();

  // Nobody else may see or run them.
  const resident = await as(browser, "mieszkaniec@demo.test");
  expect((await resident.goto("/admin/jobs"))?.status()).toBe(403);
  expect((await resident.request.post("/api/admin/jobs/reports.plan/run", { form: { locale: "pl" } })).status()).toBe(403);
  expect((await request.post("/api/admin/jobs/reports.plan/run")).status()).toBe(401);
  await resident.context().close();
});
