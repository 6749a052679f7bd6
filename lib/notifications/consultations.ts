import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";

/*
 * The ONE place where this module reads the consultations module's tables (consultations, their
 * task areas and comments). Those tables belong to the consultations developer; every read here
 * is raw SQL guarded by `to_regclass`, so meetings, follows of areas and the rest keep working on
 * a database where consultations do not exist (yet).
 */
export type ConsultationPhase = "draft" | "open" | "closed";
type Q = Db | Tx;

function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

async function query<T>(q: Q, statement: SQL): Promise<T[]> {
  return rowsOf<T>(await q.execute(statement));
}

async function exists(q: Q, table: string) {
  const [row] = await query<{ t: string | null }>(q, sql`select to_regclass(${`public.${table}`})::text as t`);
  return !!row?.t;
}

/**
 * The consultations module's lifecycle (planned, open, closed, report_published) refined by the
 * dates, as its rules do: open only between starts_at and ends_at; after ends_at it is closed.
 */
const phaseAt = (now: SQL) => sql`case
  when c.status in ('closed', 'report_published') then 'closed'
  when c.status = 'open' and ${now} >= c.ends_at then 'closed'
  when c.status = 'open' and ${now} >= c.starts_at then 'open'
  else 'draft' end`;
const phaseSql = phaseAt(sql`now()`);

/** The phase now, or at `now` when given (the demo seed replays its story on its own clock). */
export async function consultationPhase(q: Q, id: string, now?: Date): Promise<ConsultationPhase | null> {
  if (!(await exists(q, "consultations"))) return null;
  const phase = now ? phaseAt(sql`${now.toISOString()}::timestamptz`) : phaseSql;
  const [row] = await query<{ phase: ConsultationPhase }>(q, sql`select ${phase} as phase from consultations c where c.id = ${id}`);
  return row?.phase ?? null;
}

export async function consultationTitle(q: Q, id: string): Promise<string | null> {
  return (await consultationTitles(q, [id])).get(id) ?? null;
}

export async function consultationTitles(q: Q, ids: string[]): Promise<Map<string, string>> {
  const valid = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (valid.length === 0 || !(await exists(q, "consultations"))) return new Map();
  const rows = await query<{ id: string; title: string }>(
    q,
    sql`select c.id::text as id, c.title from consultations c where c.id::text in (${sql.join(
      valid.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** For select lists and the seeder: every consultation, newest first, with its phase. */
export async function consultationOptions(q: Q): Promise<{ id: string; title: string; phase: ConsultationPhase }[]> {
  if (!(await exists(q, "consultations"))) return [];
  return query(q, sql`select c.id::text as id, c.title, ${phaseSql} as phase from consultations c order by c.created_at desc limit 200`);
}

/** Title and task areas (for followers of an area). */
export async function consultationForNotice(q: Q, id: string): Promise<{ title: string; areaSlugs: string[] } | null> {
  const title = await consultationTitle(q, id);
  if (!title) return null;
  let areaSlugs: string[] = [];
  if (await exists(q, "consultation_task_areas")) {
    areaSlugs = (
      await query<{ slug: string }>(q, sql`select area_slug as slug from consultation_task_areas where consultation_id = ${id}`)
    ).map((r) => r.slug);
  }
  return { title, areaSlugs };
}

export interface DigestReply {
  recipientId: string;
  recipientEmail: string;
  recipientName: string;
  recipientLocale: string;
  consultationId: string;
  consultationTitle: string;
  replyAuthorName: string;
  excerpt: string;
  createdAt: Date;
}

/**
 * Replies to each person's comments by someone else, newer than the person's last digest (or
 * than 24 hours before `now`) and not newer than `now`; people who turned the digest off and
 * inactive accounts are left out.
 */
export async function repliesToDigest(q: Q, now: Date): Promise<DigestReply[]> {
  if (!(await exists(q, "consultation_comments")) || !(await exists(q, "consultations"))) return [];
  const dayBefore = new Date(now.getTime() - 24 * 3600_000);
  const rows = await query<Omit<DigestReply, "createdAt"> & { createdAt: string | Date }>(
    q,
    sql`select p.author_id::text as "recipientId", u.email as "recipientEmail", u.name as "recipientName", u.locale as "recipientLocale",
          c.id::text as "consultationId", c.title as "consultationTitle", a.name as "replyAuthorName",
          left(r.body, 200) as "excerpt", r.created_at as "createdAt"
        from consultation_comments r
        join consultation_comments p on p.id = r.parent_id
        join consultations c on c.id = r.consultation_id
        join users u on u.id = p.author_id
        join users a on a.id = r.author_id
        left join notification_settings s on s.user_id = p.author_id
        where r.author_id <> p.author_id
          and r.moderation = 'visible'
          and u.active
          and coalesce(s.digest, true)
          and r.created_at > coalesce(s.last_digest_at, ${dayBefore.toISOString()}::timestamptz)
          and r.created_at <= ${now.toISOString()}::timestamptz
        order by p.author_id, r.created_at`,
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}
