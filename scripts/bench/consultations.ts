import { count, eq, inArray } from "drizzle-orm";
import { consultationComments, consultationParagraphs, consultations } from "@/lib/db/schema";
import { splitParagraphs } from "@/lib/consultations/rules";
import { demoId } from "@/lib/demo/ids";
import { loginCookie } from "./session";
import type { BenchModule } from "./types";

/*
 * Consultations (issue 5): a consultation whose thread has 5 000 comments, its page for a visitor
 * (cached) and for a logged-in person (the same cached HTML plus the person's no-store requests),
 * its "load more" page, the list; then "a new comment visible within a second": a resident posts
 * through HTTP and the public page is polled until the comment is on it.
 */
const COMMENTS = 5000;
const BATCH = 1000;
const DAY = 86_400_000;
const ID = demoId("consultation", "bench-5000-comments");
const RESIDENT = "mieszkaniec@demo.test";
const authors = [
  "mieszkaniec@demo.test",
  "ngo@demo.test",
  "ngo2@demo.test",
  "tomasz.malinowski@demo.test",
  "agnieszka.lewandowska@demo.test",
  "ewa.kaminska@demo.test",
  "robert.dabrowski@demo.test",
  "michal.wojciechowski@demo.test",
].map((email) => demoId("user", email));
const stances = ["for", "against", "neutral", null] as const;
const draft = Array.from(
  { length: 12 },
  (_, i) => `**§ ${i + 1}.** Postanowienie numer ${i + 1} projektu programu, do którego mieszkańcy zgłaszają uwagi.`,
).join("\n\n");

/** Texts posted by `run`, verified by `check` (each stored exactly once). */
const posted: string[] = [];

async function seed(db: Parameters<NonNullable<BenchModule["seed"]>>[0]) {
  const now = Date.now();
  await db.transaction(async (tx) => {
    await tx.insert(consultations).values({
      id: ID,
      title: "Benchmark: konsultacje z 5000 uwag",
      subject: "Projekt programu z bardzo długim wątkiem uwag.",
      purpose: "Pomiar wydajności.",
      department: "Biuro Pełnomocnika",
      territorialScope: "Miasto Białystok",
      resultsPublication: "Raport na platformie",
      audience: "both",
      forms: ["online_comments"],
      status: "open",
      startsAt: new Date(now - 20 * DAY),
      endsAt: new Date(now + 20 * DAY),
      draftMarkdown: draft,
      createdBy: demoId("user", "admin@demo.test"),
    });
    await tx.insert(consultationParagraphs).values(splitParagraphs(draft).map((p) => ({ consultationId: ID, ...p })));
  });
  // Every tenth comment is a reply to the top-level comment just before it; timestamps one minute apart.
  const start = now - 19 * DAY;
  let parent: string | null = null;
  let parentParagraph: number | null = null;
  for (let from = 0; from < COMMENTS; from += BATCH) {
    const rows: (typeof consultationComments.$inferInsert)[] = [];
    const replies = new Map<string, number>();
    for (let i = from; i < Math.min(COMMENTS, from + BATCH); i++) {
      const id = demoId("bench-consultation-comment", String(i));
      const reply: boolean = i % 10 === 9 && parent !== null;
      // A reply's paragraph is its parent's (as the command sets it); 1 in 13 is on the whole draft.
      const paragraphNumber: number | null = reply ? parentParagraph : i % 13 === 12 ? null : (i % 13) + 1;
      rows.push({
        id,
        consultationId: ID,
        authorId: authors[i % authors.length],
        paragraphNumber,
        parentId: reply ? parent : null,
        depth: reply ? 1 : 0,
        body: `Uwaga numer ${i + 1}: proponujemy doprecyzować zapis i dodać mierniki rezultatu dla zadania ${i % 40}.`,
        stance: stances[i % stances.length],
        supportCount: (i * 7) % 23,
        createdAt: new Date(start + i * 60_000),
      });
      if (reply) replies.set(parent!, (replies.get(parent!) ?? 0) + 1);
      else [parent, parentParagraph] = [id, paragraphNumber];
    }
    await db.transaction(async (tx) => {
      await tx.insert(consultationComments).values(rows);
      for (const [id, n] of replies) await tx.update(consultationComments).set({ replyCount: n }).where(eq(consultationComments.id, id));
    });
  }
}

async function firstCursor(base: string) {
  const page = (await (await fetch(`${base}/api/v1/consultations/${ID}/comments?order=newest`)).json()) as { next: string | null };
  if (!page.next) throw new Error("the 5 000-comment thread has no second page");
  return page.next;
}

/** Posts one comment as the resident and polls the public page until it shows it. */
async function newCommentVisible(base: string, cookie: string, n: number) {
  const text = `Nowa uwaga z pomiaru ${n} ${Date.now().toString(36)}`;
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/consultations/${ID}/comments`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ body: text, paragraphNumber: 1 }),
  });
  if (response.status !== 201) throw new Error(`posting a comment failed: ${response.status} ${await response.text()}`);
  posted.push(text);
  const postedAt = performance.now();
  for (let polls = 1; performance.now() - started < 10_000; polls++) {
    const html = await (await fetch(`${base}/consultations/${ID}`)).text();
    if (html.includes(text))
      return { total: performance.now() - started, afterPost: performance.now() - postedAt, post: postedAt - started, polls };
  }
  throw new Error("the new comment did not appear on the public page within 10 s");
}

export const consultationsBench: BenchModule = {
  name: "consultations",
  seed,
  async targets(base) {
    const cookie = await loginCookie(base, RESIDENT);
    const loggedIn = { headers: { cookie } };
    return [
      { name: "consultation, 5 000 comments, visitor (cached)", path: `/consultations/${ID}`, reference: "static" },
      {
        name: "consultation, 5 000 comments: load more (API, per request)",
        path: `/api/v1/consultations/${ID}/comments?order=newest&cursor=${encodeURIComponent(await firstCursor(base))}`,
        reference: "dynamic",
      },
      { name: "consultations list (cached)", path: "/consultations", reference: "static" },
      // A logged-in person gets the same cached HTML; what is personal comes from two no-store requests.
      { name: "consultation, logged in: the page (cached)", path: `/consultations/${ID}`, reference: "static", init: loggedIn },
      { name: "consultation, logged in: /api/v1/consultations/me", path: "/api/v1/consultations/me", reference: "dynamic", init: loggedIn },
      {
        name: "consultation, logged in: its personal state (follow, survey)",
        path: `/api/v1/consultations/${ID}/me`,
        reference: "dynamic",
        init: loggedIn,
      },
    ];
  },
  async run(base) {
    const cookie = await loginCookie(base, RESIDENT);
    const runs = [];
    for (let n = 1; n <= 5; n++) runs.push(await newCommentVisible(base, cookie, n));
    const ms = (v: number) => `${Math.round(v)} ms`;
    const worst = Math.max(...runs.map((r) => r.total));
    return [
      `A new comment visible on the cached public page (POST as a resident, then polling the page), ${runs.length} runs:`,
      ...runs.map(
        (r, i) => `- run ${i + 1}: ${ms(r.total)} in all (POST ${ms(r.post)}, then ${ms(r.afterPost)} and ${r.polls} page load(s))`,
      ),
      `Worst: ${ms(worst)} — ${worst <= 1000 ? "within" : "NOT within"} a second.`,
    ];
  },
  async check(db) {
    const [{ n }] = await db.select({ n: count() }).from(consultationComments).where(eq(consultationComments.consultationId, ID));
    const stored = posted.length
      ? await db.select({ body: consultationComments.body }).from(consultationComments).where(inArray(consultationComments.body, posted))
      : [];
    const once = posted.every((text) => stored.filter((s) => s.body === text).length === 1);
    return [
      `The thread holds ${n} comments (${COMMENTS} seeded + ${posted.length} posted); each posted comment stored once: ${once ? "yes" : "NO"}.`,
    ];
  },
};
