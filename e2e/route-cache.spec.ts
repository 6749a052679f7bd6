import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

/*
 * Anonymous requests must not fill the disk: the public pages are cached by Next in
 * .next/server/route-cache (of the server this run started, in this checkout), one entry per path.
 * Unknown ids and filter values are 404s that leave nothing there; known ones still render and are
 * cached. Checked by the paths of the entries, so pages other journeys cache meanwhile do not count.
 */
const routeCache = path.resolve(".next/server/route-cache");

function cachedFiles(): string[] {
  if (!fs.existsSync(routeCache)) return [];
  return (fs.readdirSync(routeCache, { recursive: true, encoding: "utf8" }) as string[]).map((f) => f.replaceAll(path.sep, "/"));
}

function bytesOf(files: string[]) {
  return files.reduce((sum, f) => {
    const stat = fs.statSync(path.join(routeCache, f));
    return sum + (stat.isFile() ? stat.size : 0);
  }, 0);
}

test("unknown ids and filters on the public pages are 404s that are not cached; known ones are", async ({ request }) => {
  const token = () => `zz${randomUUID().slice(0, 8)}`;
  const unknown: { path: string; mark: string }[] = [];
  for (let i = 0; i < 5; i++) {
    const id = randomUUID();
    const word = token();
    unknown.push(
      { path: `/consultations/list/${word}`, mark: word },
      { path: `/en/consultations/list/${word}x`, mark: `${word}x` },
      { path: `/consultations?area=${word}`, mark: word },
      { path: `/consultations?area=${word}y&open=1`, mark: `${word}y` },
      { path: `/competitions?area=${word}`, mark: word },
      { path: `/en/competitions/list/${word}`, mark: word },
      { path: `/contracts?area=${word}&form=support`, mark: word },
      { path: `/contracts/list/${word}`, mark: word },
      { path: `/meetings/list/${word}`, mark: word },
      { path: `/small-grants/list/${word}`, mark: word },
      { path: `/organizations/list/${word}`, mark: word },
      { path: `/organizations/${id}`, mark: id },
      { path: `/en/organizations/${id}`, mark: id },
      { path: `/organizations/statistics/${word}`, mark: word },
      { path: `/home/${word}`, mark: word },
      { path: `/en/home/${word}z`, mark: `${word}z` },
      { path: `/competitions/${id}`, mark: id },
      { path: `/competitions/${id}/results`, mark: id },
      { path: `/competitions/${id}/results/reasons`, mark: id },
      { path: `/contracts/${id}`, mark: id },
      { path: `/consultations/${id}`, mark: id },
      { path: `/consultations/${id}/report`, mark: id },
      { path: `/consultations/${id}/survey/results`, mark: id },
      { path: `/meetings/${id}`, mark: id },
      { path: `/small-grants/${id}`, mark: id },
      { path: `/news?area=${word}`, mark: word },
      { path: `/news/list/${word}`, mark: word },
      { path: `/news/${id}`, mark: id },
      { path: `/volunteering?district=${word}`, mark: word },
      { path: `/volunteering?organization=${id}`, mark: id },
      { path: `/volunteering/list/${word}`, mark: word },
      { path: `/volunteering/${id}`, mark: id },
      { path: `/volunteering/statistics/${word}`, mark: word },
    );
  }
  unknown.push(
    { path: "/consultations?year=2098", mark: "year=2098" },
    { path: "/competitions?year=abc", mark: "invalid" },
    { path: "/organizations?page=99999", mark: "page=99999" },
    { path: "/contracts?page=99998", mark: "page=99998" },
    { path: "/news?page=99997", mark: "page=99997" },
    { path: "/news?type=bogus", mark: "invalid" },
    { path: "/volunteering?page=99996", mark: "page=99996" },
    { path: "/volunteering/list/from=2026-12-01", mark: "from=2026-12-01" },
  );

  const before = cachedFiles();
  for (const { path: url } of unknown) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
  }
  const after = cachedFiles();
  const written = after.filter((f) => unknown.some((u) => f.includes(u.mark)));
  expect(written, "cache entries of unknown values").toEqual([]);
  const added = after.filter((f) => !before.includes(f));
  // other journeys may cache a few known pages meanwhile; unknown values alone wrote 100–160 kB each
  expect(bytesOf(added), "bytes added to the route cache").toBeLessThan(unknown.length * 20_000);

  // Known values still render, and are cached.
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const organization = /\/organizations\/([0-9a-f-]{36})</.exec(sitemap)![1];
  const list = await (await request.get("/consultations")).text();
  const area = /<option value="([a-z0-9-]+)"/.exec(list.slice(list.indexOf('id="filter-area"')))![1];
  for (const url of [
    `/organizations/${organization}`,
    `/consultations?area=${area}`,
    "/consultations?open=1",
    "/",
    "/competitions",
    "/contracts",
    "/meetings",
    "/small-grants",
    "/organizations?sort=newest",
    "/news",
    "/news?type=training",
    "/volunteering",
    "/volunteering?online=1",
    "/volunteering/statistics",
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
  }
  const cached = cachedFiles();
  expect(cached.some((f) => f.endsWith(`/pl/organizations/${organization}.html`))).toBe(true);
  expect(cached.some((f) => f.endsWith(`/pl/consultations/list/area=${area}.html`))).toBe(true);
  expect(cached.some((f) => f.endsWith("/pl/home.html"))).toBe(true);
  for (const list of ["competitions", "contracts", "meetings", "small-grants"])
    expect(
      cached.some((f) => f.endsWith(`/pl/${list}/list/all.html`)),
      list,
    ).toBe(true);
  expect(cached.some((f) => f.endsWith("/pl/organizations/list/sort=newest.html"))).toBe(true);
  for (const entry of [
    "/pl/news/list/all.html",
    "/pl/news/list/type=training.html",
    "/pl/volunteering/list/all.html",
    "/pl/volunteering/list/online=1.html",
  ])
    expect(
      cached.some((f) => f.endsWith(entry)),
      entry,
    ).toBe(true);
  expect(cached.some((f) => /\/pl\/volunteering\/statistics(\/index)?\.html$/.test(f))).toBe(true);
  // a board with a date range is read per request: nothing cached under it
  expect((await request.get("/volunteering?from=2026-12-01")).status()).toBe(200);
  expect(cachedFiles().some((f) => f.includes("from=2026-12-01"))).toBe(false);

  // a published news item and a volunteer offer are cached on their first visit
  const news = /href="\/news\/([0-9a-f-]{36})"/.exec(await (await request.get("/news")).text())![1];
  const offer = /href="\/volunteering\/([0-9a-f-]{36})"/.exec(await (await request.get("/volunteering")).text())![1];
  for (const url of [`/news/${news}`, `/volunteering/${offer}`]) expect((await request.get(url)).status(), url).toBe(200);
  expect(cachedFiles().some((f) => f.endsWith(`/pl/news/${news}.html`))).toBe(true);
  expect(cachedFiles().some((f) => f.endsWith(`/pl/volunteering/${offer}.html`))).toBe(true);
});
