import { expect, test } from "./fixtures";

/*
 * What a search engine and a browser fetch besides the pages: robots.txt, sitemap.xml and the icons,
 * outside the language routing (no redirect to a locale, no 404). The journeys' server runs on plain
 * HTTP (APP_URL http://localhost:PORT), so no Strict-Transport-Security is sent.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const appUrl = `http://localhost:${port}`;

test("robots.txt closes the private areas and points to the sitemap at APP_URL", async ({ request }) => {
  const response = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const body = await response.text();
  expect(body).toContain("User-Agent: *");
  expect(body).toContain("Allow: /api/v1/");
  for (const path of ["/admin", "/account", "/commission", "/api/"]) expect(body).toContain(`Disallow: ${path}\n`);
  expect(body).toContain(`Sitemap: ${appUrl}/sitemap.xml`);
});

test("sitemap.xml lists the public pages and verified organizations at APP_URL", async ({ request }) => {
  const response = await request.get("/sitemap.xml", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  const body = await response.text();
  expect(body).toContain(`<loc>${appUrl}/</loc>`);
  expect(body).toContain(`<loc>${appUrl}/consultations</loc>`);
  expect(body).toMatch(new RegExp(`<loc>${appUrl}/organizations/[0-9a-f-]{36}</loc>`));
  expect(body).not.toContain("/admin");
});

test("the home page links its icons, each served as an image, and carries no HSTS over HTTP", async ({ page, request }) => {
  const home = await page.goto("/");
  expect(home?.status()).toBe(200);
  expect(await home?.headerValue("strict-transport-security")).toBeNull();

  const icons = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => ({ rel: link.getAttribute("rel"), href: link.getAttribute("href")! })));
  expect(icons.map((icon) => icon.rel)).toEqual(expect.arrayContaining(["icon", "apple-touch-icon"]));
  for (const href of ["/favicon.ico", ...icons.map((icon) => icon.href)]) {
    const response = await request.get(href, { maxRedirects: 0 });
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
});
