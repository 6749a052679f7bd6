/*
 * The daily news mailing (issue 18) to 5 000 confirmed subscribers through a local SMTP sink while
 * the public pages are under load. Seeded: 5 000 subscribers (each matches the queued items: most
 * chose no topic, the rest the types of the queue) and six published items queued for the mailing.
 * The server gets SMTP_URL (the sink, started here) and JOBS_SCHEDULE: the outbox is delivered every
 * second (an operator's choice; the registry's default is every minute, at most 200 messages a run),
 * and the mailing job runs only when triggered (POST /api/admin/jobs/news.mailing/run with
 * JOBS_CRON_TOKEN), so the measured sending starts at a known moment.
 *
 * Reported: the time to queue the 5 000 mails (the job's answer), the time until the sink received
 * all of them, and the throughput of home, /news and an organization profile (with the two
 * reference pages) measured without sending and again while the mails go out.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { SMTPServer } from "smtp-server";
import { newsItems, newsSettings, newsSubscribers } from "@/lib/db/schema/news";
import { isWorkingDay } from "@/lib/dates/holidays";
import { warsawToday } from "@/lib/dates/warsaw";
import type { BenchModule } from "./types";

const SUBSCRIBERS = Number(process.env.BENCH_MAILING_SUBSCRIBERS ?? 5_000);
const QUEUED = 6;
const smtpPort = Number(process.env.BENCH_SMTP_PORT ?? 4525);
const cronToken = `bench-${randomUUID()}`;
const seconds = Number(process.env.BENCH_MAILING_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

let received = 0;
let sink: SMTPServer | null = null;

function startSink(): Promise<void> {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    sink!.once("error", reject);
    sink!.listen(smtpPort, "127.0.0.1", () => resolve());
  });
}

async function rps(url: string): Promise<number> {
  await fetch(url).then((r) => r.arrayBuffer());
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, connections, duration: seconds }, (error, r) => (error ? reject(error) : resolve(r))),
  );
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

const waitUntil = async (done: () => boolean, timeoutMs: number) => {
  const started = Date.now();
  while (!done() && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 100));
  return done();
};

export const mailingBench: BenchModule = {
  name: "mailing",
  env: {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    JOBS_CRON_TOKEN: cronToken,
    JOBS_SCHEDULE: "outbox.deliver=* * * * * *;news.mailing=0 0 1 1 *",
  },
  async seed(db) {
    await startSink();
    // due from midnight on a working day (the bench measures nothing on weekends and holidays)
    await db
      .insert(newsSettings)
      .values({ id: 1, hour: 0, minItems: 4, maxItems: 6 })
      .onConflictDoUpdate({
        target: newsSettings.id,
        set: { hour: 0 },
      });
    const now = Date.now();
    await db.insert(newsItems).values(
      Array.from({ length: QUEUED }, (_, i) => ({
        title: `Aktualność do mailingu nr ${i + 1} (bench)`,
        lead: "Krótki wstęp aktualności, która pójdzie w mailingu do wszystkich subskrybentów.",
        body: "Treść aktualności.",
        type: i % 2 ? ("city" as const) : ("training" as const),
        status: "published" as const,
        publishAt: new Date(now - 86_400_000 + i * 1000),
        mailStatus: "queued" as const,
        queueRank: now - 86_400_000 + i * 1000,
      })),
    );
    for (let from = 0; from < SUBSCRIBERS; from += 1000)
      await db.insert(newsSubscribers).values(
        Array.from({ length: Math.min(1000, SUBSCRIBERS - from) }, (_, k) => {
          const i = from + k;
          return {
            email: `subskrybent.${i}@bench.example.org`,
            types: i % 5 === 0 ? ["training", "city"] : [],
            locale: i % 10 === 0 ? "en" : "pl",
            confirmedAt: new Date(now - 7 * 86_400_000),
          };
        }),
      );
  },
  async run(base) {
    try {
      if (!isWorkingDay(warsawToday()))
        return [`${warsawToday()} is not a working day in Warsaw: the mailing job sends nothing; run it on a working day`];
      const organization = /href="\/organizations\/([0-9a-f-]{36})"/.exec(await (await fetch(`${base}/organizations`)).text())?.[1];
      const pages = [
        { name: "reference: static", path: "/reference/static" },
        { name: "reference: per request", path: "/reference/dynamic" },
        { name: "home", path: "/" },
        { name: "/news", path: "/news" },
        { name: "organization profile", path: `/organizations/${organization}` },
      ];
      const quiet = new Map<string, number>();
      for (const page of pages) {
        quiet.set(page.name, await rps(base + page.path));
        console.log(`mailing: ${page.name} without sending: ${quiet.get(page.name)!.toFixed(0)} req/s`);
      }
      const mailsBefore = received;

      const started = Date.now();
      const trigger = await fetch(`${base}/api/admin/jobs/news.mailing/run`, {
        method: "POST",
        headers: { authorization: `Bearer ${cronToken}` },
      });
      const answer = (await trigger.json()) as {
        results?: { result: { mails?: number; items?: number } }[];
        mails?: number;
        items?: number;
      };
      const queuedSeconds = (Date.now() - started) / 1000;
      console.log(`mailing: the job answered ${trigger.status} in ${queuedSeconds.toFixed(1)} s: ${JSON.stringify(answer).slice(0, 200)}`);
      if (trigger.status !== 200)
        return [`the mailing job answered ${trigger.status}: ${JSON.stringify(answer).slice(0, 300)}; nothing measured`];
      const busy = new Map<string, number[]>();
      let rounds = 0;
      // the pages again, round after round, while the mails go out (at least one round)
      while (rounds === 0 || received - mailsBefore < SUBSCRIBERS) {
        for (const page of pages) {
          if (rounds > 0 && received - mailsBefore >= SUBSCRIBERS) break;
          const list = busy.get(page.name) ?? [];
          list.push(await rps(base + page.path));
          busy.set(page.name, list);
          console.log(
            `mailing: ${page.name} while sending: ${list.at(-1)!.toFixed(0)} req/s (${received - mailsBefore} mails received, ${((Date.now() - started) / 1000).toFixed(0)} s)`,
          );
        }
        rounds++;
        if (Date.now() - started > 30 * 60_000) break;
      }
      const all = await waitUntil(() => received - mailsBefore >= SUBSCRIBERS, 30 * 60_000);
      const sentSeconds = (Date.now() - started) / 1000;
      const sentAt = received - mailsBefore;
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const lines = [
        `job answer ${trigger.status}: ${JSON.stringify(answer).slice(0, 200)}`,
        `${SUBSCRIBERS} subscribers, ${QUEUED} items queued: the job queued the mails in ${queuedSeconds.toFixed(1)} s; the sink received ${sentAt} mails ${all ? "(all)" : "(NOT all: timed out)"} ${sentSeconds.toFixed(1)} s after the job started (${(sentAt / sentSeconds).toFixed(0)} mails/s, outbox delivered every second)`,
        `pages under ${connections} connections, ${seconds} s each, without sending and while sending (${rounds} round(s) during the sending):`,
        "| page | req/s without | req/s while sending | while/without |",
        "|---|---:|---:|---:|",
        ...pages.map((p) => {
          const during = busy.has(p.name) ? mean(busy.get(p.name)!) : NaN;
          return `| ${p.name} | ${quiet.get(p.name)!.toFixed(0)} | ${during.toFixed(0)} | ${Math.round((during / quiet.get(p.name)!) * 100)} % |`;
        }),
      ];
      return lines;
    } finally {
      await new Promise<void>((resolve) => (sink ? sink.close(() => resolve()) : resolve()));
    }
  },
};
