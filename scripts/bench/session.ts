import { encode } from "next-auth/jwt";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open";

/** next-auth's session cookie on plain http (lib/auth/config.ts: JWT sessions, `uid` in the token). */
const SESSION_COOKIE = "authjs.session-token";

function benchSecret() {
  return process.env.AUTH_SECRET ?? "bench-secret-not-for-production"; // what scripts/bench.ts gives the server
}

/**
 * An open session (lib/auth/sessions.ts) for every seeded account, its id the account's own, so
 * `sessionCookie` can name it: run after seeding, before the server starts.
 */
export async function openBenchSessions(db: Db) {
  await db.execute(sql`insert into sessions (id, user_id) select id, id from users on conflict do nothing`);
}

/** A session cookie as the log-in would set it, minted with the server's secret (no log-in throttle). */
export async function sessionCookie(user: { id: string; email: string; name: string }) {
  const value = await encode({
    token: { sub: user.id, uid: user.id, sid: user.id, email: user.email, name: user.name },
    secret: benchSecret(),
    salt: SESSION_COOKIE,
    maxAge: 8 * 3600,
  });
  return `${SESSION_COOKIE}=${value}`;
}

/**
 * A session cookie for the benchmark, obtained the way a browser gets one: next-auth's CSRF token,
 * then the credentials callback. One log-in per account (the log-in throttle allows 10 per 15 min).
 */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function loginCookie(base: string, email: string, password = "Demo-2026!"): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfResponse);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: base }),
  });
  const session = cookiesOf(response).find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`log-in as ${email} failed (status ${response.status})`);
  return [...jar, session].join("; ");
}

/**
 * Submits a page's form as a browser without JavaScript would (Next's progressive enhancement of
 * server actions): the form that has a field named `fieldName`, its current values (hidden action
 * fields included) overridden by `fields`.
 */
export async function submitPageForm(base: string, path: string, cookie: string, fieldName: string, fields: Record<string, string>) {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1]).find((f) => f.includes(`name="${fieldName}"`));
  if (!form) throw new Error(`no form with the field ${fieldName} on ${path}`);
  const body = new FormData();
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const [, tag] of form.matchAll(/<input([^>]*)>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type");
    if (!name || type === "file" || ((type === "checkbox" || type === "radio") && !/\schecked/.test(tag))) continue;
    body.append(name, decodeEntities(attribute(tag, "value") ?? (type === "checkbox" ? "on" : "")));
  }
  for (const [, tag, text] of form.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(tag, "name");
    if (name) body.append(name, decodeEntities(text));
  }
  for (const [, tag, options] of form.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(tag, "name");
    const selected = /<option[^>]*value="([^"]*)"[^>]*\sselected/.exec(options)?.[1] ?? /<option[^>]*value="([^"]*)"/.exec(options)?.[1];
    if (name && selected !== undefined) body.append(name, decodeEntities(selected));
  }
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return fetch(base + path, { method: "POST", headers: { cookie, origin: base }, body, redirect: "manual" });
}

function decodeEntities(text: string) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
