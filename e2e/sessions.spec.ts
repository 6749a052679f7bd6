import http from "node:http";
import type { Page } from "@playwright/test";
import { expect, setup, test } from "./fixtures";

/*
 * Sessions that end (log-out, a password change, a reset, an administrator) and the client address
 * the log-in limits count, tried from the outside: saved cookies replayed in a browser of their own,
 * and raw HTTP from a second loopback address, which the server (playwright.config.ts) trusts as a proxy.
 */

const trustedProxy = "127.0.0.2";

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request as a script (or a proxy, from `localAddress`) sends it, headers exactly as given. */
function raw(
  baseURL: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      new URL(path, baseURL),
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.localAddress },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const cookiesOf = (response: RawResponse) => (response.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]);

/**
 * A log-in through next-auth's own endpoint, from a client that the trusted proxy names in
 * X-Forwarded-For. Returns where next-auth sends the browser and whether a session cookie came.
 */
async function logInThroughProxy(baseURL: string, email: string, password: string, client: string) {
  const headers = { "x-forwarded-for": client };
  const csrf = await raw(baseURL, "/api/auth/csrf", { headers, localAddress: trustedProxy });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await raw(baseURL, "/api/auth/callback/credentials", {
    method: "POST",
    localAddress: trustedProxy,
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/account" }).toString(),
  });
  return {
    location: String(answer.headers.location ?? ""),
    signedIn: cookiesOf(answer).some((cookie) => /^(?:__Secure-)?authjs\.session-token=./.test(cookie)),
  };
}

/** Whether this browser is signed in: the account page opens, or log-in is asked for. */
async function expectSignedIn(page: Page, signedIn: boolean) {
  await page.goto("/account");
  if (signedIn) await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje konto");
  else await expect(page).toHaveURL(/\/login(?:[?#]|$)/);
}

/** The link of the newest mail with this subject, as the administrator reads it in the outbox. */
async function linkInOutbox(admin: Page, to: string, subject: string, link: RegExp) {
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(to)}`);
  await admin.getByRole("link", { name: subject }).first().click();
  const href = await admin.getByRole("link", { name: link }).getAttribute("href");
  expect(href).toBeTruthy();
  const url = new URL(href!);
  return url.pathname + url.search;
}

test.describe("sessions end", () => {
  test("a session cookie saved before log-out no longer signs in", async ({ page, request, as, loginAs }) => {
    const person = await setup(request, "accounts.resident");
    await loginAs(page, person.email, person.password);
    const saved = await page.context().cookies();
    const replay = await as(null);
    await replay.context().addCookies(saved);
    await expectSignedIn(replay, true);

    await page.getByRole("button", { name: /Menu konta/ }).click();
    await page.getByRole("menuitem", { name: "Wyloguj się" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Wylogowano." })).toBeVisible();

    await expectSignedIn(replay, false);
  });

  test("a password change signs out the other devices, not this one", async ({ page, request, as, loginAs, expectAccessible }) => {
    const person = await setup(request, "accounts.resident");
    const otherDevice = await as(person.email, person.password);
    await loginAs(page, person.email, person.password);
    await page.goto("/account");
    const newPassword = "Nowe-Haslo-Sosna-9";
    await page.getByLabel("Obecne hasło").fill(person.password);
    await page.getByLabel("Nowe hasło").fill(newPassword);
    await page.getByLabel("Powtórz hasło").fill(newPassword);
    await page.getByRole("button", { name: "Zmień hasło" }).click();
    await expect(page.getByText("Hasło zostało zmienione. Na tym urządzeniu sesja trwa nadal")).toBeVisible();
    await expectAccessible(page);

    await expectSignedIn(otherDevice, false);
    await expectSignedIn(page, true);
  });

  test("a password reset signs out every session", async ({ page, request, as }) => {
    const person = await setup(request, "accounts.resident");
    const victim = await as(person.email, person.password);
    await page.goto("/password-reset");
    await page.getByLabel("E-mail").fill(person.email);
    await page.getByRole("button", { name: "Wyślij link" }).click();
    await expect(page.getByRole("status")).toContainText("Jeśli konto o tym adresie istnieje");

    const admin = await as("admin@demo.test");
    const link = await linkInOutbox(admin, person.email, "Nowe hasło do platformy Wspólnie", /password-reset\/new\?token=/);
    await page.goto(link);
    const newPassword = "Nowe-Haslo-Grab-4";
    await page.getByLabel("Nowe hasło").fill(newPassword);
    await page.getByLabel("Powtórz hasło").fill(newPassword);
    await page.getByRole("button", { name: "Zapisz nowe hasło" }).click();
    await expect(page.getByText("wszystkie sesje zakończone")).toBeVisible();

    await expectSignedIn(victim, false);
  });

  test("an administrator signs a user out of all devices", async ({ page, request, as, loginAs, expectAccessible }) => {
    const person = await setup(request, "accounts.resident");
    const [laptop, phone] = [await as(person.email, person.password), await as(person.email, person.password)];
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
    await page.getByRole("button", { name: `Wyloguj ze wszystkich urządzeń: ${person.name}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zakończono 2 sesje." })).toContainText("musi zalogować się ponownie");
    await expectAccessible(page);

    await expectSignedIn(laptop, false);
    await expectSignedIn(phone, false);
    // the person can log in again with their password
    await loginAs(laptop, person.email, person.password);
    await expectSignedIn(laptop, true);

    await page.goto("/admin/audit?action=user.endSessions");
    await expect(page.getByRole("cell", { name: `wylogowanie ze wszystkich urządzeń konta „${person.name}”` }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("a resident sending the administrator's form is refused and nobody is signed out", async ({ page, request, as, loginAs }) => {
    const person = await setup(request, "accounts.resident");
    const device = await as(person.email, person.password);
    // the administrator's page, in a browser whose cookie is then swapped for a resident's
    await loginAs(page, "admin@demo.test");
    await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
    const resident = await as("mieszkaniec@demo.test");
    await page.context().clearCookies();
    await page.context().addCookies(await resident.context().cookies());
    await page.getByRole("button", { name: `Wyloguj ze wszystkich urządzeń: ${person.name}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Nie masz uprawnień do tej operacji." })).toBeVisible();

    await expectSignedIn(device, true);
  });
});

test.describe("the client address of the log-in limits", () => {
  test("a forged X-Forwarded-For counts for nothing; a trusted proxy's names the client", async ({ baseURL }) => {
    const forged = await raw(baseURL!, "/api/testing/client-address", {
      headers: { "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8", "x-wspolnie-peer-address": "203.0.113.9" },
    });
    expect(JSON.parse(forged.body)).toEqual({ clientIp: "127.0.0.1" });

    const proxied = await raw(baseURL!, "/api/testing/client-address", {
      headers: { "x-forwarded-for": "203.0.113.7, 198.51.100.23" },
      localAddress: trustedProxy,
    });
    expect(JSON.parse(proxied.body)).toEqual({ clientIp: "198.51.100.23" });
  });

  test("failures delay that e-mail from that client only, and the owner is told", async ({ baseURL, request, as }) => {
    const person = await setup(request, "accounts.resident");
    const attacker = `198.51.100.${Math.floor(Math.random() * 200) + 10}`;
    const owner = `203.0.113.${Math.floor(Math.random() * 200) + 10}`;
    for (let i = 0; i < 3; i++) {
      const failed = await logInThroughProxy(baseURL!, person.email, "Zle-Haslo-0000", attacker);
      expect(failed).toMatchObject({ signedIn: false, location: expect.stringContaining("code=credentials") });
    }
    // the attacker's next try waits, whatever the password
    expect(await logInThroughProxy(baseURL!, person.email, person.password, attacker)).toMatchObject({
      signedIn: false,
      location: expect.stringContaining("code=delayed"),
    });
    // the owner, from their own address, is not locked out
    expect(await logInThroughProxy(baseURL!, person.email, person.password, owner)).toMatchObject({ signedIn: true });

    const admin = await as("admin@demo.test");
    await admin.goto(`/admin/outbox?to=${encodeURIComponent(person.email)}`);
    await expect(admin.getByRole("link", { name: "Nieudane próby logowania na Twoje konto w platformie Wspólnie" })).toHaveCount(1);
  });
});
