import { and, asc, desc, eq, gt, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/open";
import { newsAnnouncements, newsItems, newsSettings, publicTaskAreas } from "@/lib/db/schema";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { refusalOf, type CommandResult } from "@/lib/forms/result";
import type { NewsType } from "./rules";
import {
  acceptSchema,
  announcementSchema,
  newsItemSchema,
  publishSchema,
  queueActionSchema,
  returnSchema,
  settingsSchema,
} from "./schemas";

/*
 * Staff's news items, the mailing queue and the settings; the organizations' announcements.
 * Every command authorizes first (the permission table: "news.manage", "news.announce").
 */

async function knownAreas(tx: Tx, areas: readonly string[]): Promise<boolean> {
  if (areas.length === 0) return true;
  const rows = await tx
    .select({ slug: publicTaskAreas.slug })
    .from(publicTaskAreas)
    .where(inArray(publicTaskAreas.slug, [...areas]));
  return rows.length === areas.length;
}

/** Create or change a news item (a draft or a published one, until it has been mailed). */
export async function saveNewsItem(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "news.manage");
  const parsed = newsItemSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, ...values } = parsed.data;
  return db.transaction(async (tx) => {
    if (!(await knownAreas(tx, values.areas))) return { ok: false, fieldErrors: { areas: ["invalid"] } } as const;
    if (id) {
      const [before] = await tx.select().from(newsItems).where(eq(newsItems.id, id));
      if (!before) return { ok: false, formError: "notFound" } as const;
      const publishAt = values.publishAt ?? before.publishAt;
      await tx
        .update(newsItems)
        .set({ ...values, publishAt, updatedAt: now })
        .where(eq(newsItems.id, id));
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "news.save",
        entityType: "news_item",
        entityId: id,
        before,
        after: values,
      });
      return { ok: true, value: { id } } as const;
    }
    const [row] = await tx
      .insert(newsItems)
      .values({ ...values, createdBy: principal.userId, createdAt: now, updatedAt: now })
      .returning({ id: newsItems.id });
    await recordAudit(tx, { actor: actorOf(principal), action: "news.save", entityType: "news_item", entityId: row.id, after: values });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Publish (at its publication date, or now) and, unless asked otherwise, queue it for the daily mailing. */
export async function publishNewsItem(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "news.manage");
  const parsed = publishSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, queue } = parsed.data;
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(newsItems).where(eq(newsItems.id, id));
    if (!item) return { ok: false, formError: "notFound" } as const;
    if (item.status === "published") return { ok: false, formError: "alreadyPublished" } as const;
    const publishAt = item.publishAt ?? now;
    const mail = queue === "yes" ? { mailStatus: "queued" as const, queueRank: now.getTime() } : {};
    await tx
      .update(newsItems)
      .set({ status: "published", publishAt, updatedAt: now, ...mail })
      .where(eq(newsItems.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.publish",
      entityType: "news_item",
      entityId: id,
      before: { status: item.status },
      after: { status: "published", publishAt, queued: queue === "yes" },
    });
    return { ok: true, value: { id } } as const;
  });
}

/**
 * The mailing queue before the hour: queue a published item, hold it (it stays, goes in no
 * mailing), release it, move it up or down (swaps its place with its neighbour), or take it out.
 */
export async function changeQueue(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "news.manage");
  const parsed = queueActionSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, action } = parsed.data;
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(newsItems).where(eq(newsItems.id, id)).for("update");
    if (!item) return { ok: false, formError: "notFound" } as const;
    if (item.mailStatus === "sent") return { ok: false, formError: "alreadyMailed" } as const;
    const inQueue = item.mailStatus === "queued" || item.mailStatus === "held";
    switch (action) {
      case "queue":
        if (item.status !== "published") return { ok: false, formError: "notPublished" } as const;
        if (inQueue) return { ok: false, formError: "alreadyQueued" } as const;
        await tx.update(newsItems).set({ mailStatus: "queued", queueRank: now.getTime(), updatedAt: now }).where(eq(newsItems.id, id));
        break;
      case "hold":
      case "release":
        if (!inQueue) return { ok: false, formError: "notQueued" } as const;
        await tx
          .update(newsItems)
          .set({ mailStatus: action === "hold" ? "held" : "queued", updatedAt: now })
          .where(eq(newsItems.id, id));
        break;
      case "remove":
        if (!inQueue) return { ok: false, formError: "notQueued" } as const;
        await tx.update(newsItems).set({ mailStatus: "none", queueRank: null, updatedAt: now }).where(eq(newsItems.id, id));
        break;
      case "up":
      case "down": {
        if (!inQueue || item.queueRank === null) return { ok: false, formError: "notQueued" } as const;
        const [neighbour] = await tx
          .select({ id: newsItems.id, rank: newsItems.queueRank })
          .from(newsItems)
          .where(
            and(
              inArray(newsItems.mailStatus, ["queued", "held"]),
              action === "up" ? lt(newsItems.queueRank, item.queueRank) : gt(newsItems.queueRank, item.queueRank),
            ),
          )
          .orderBy(action === "up" ? desc(newsItems.queueRank) : asc(newsItems.queueRank))
          .limit(1);
        if (!neighbour) return { ok: true, value: { id } } as const;
        await tx.update(newsItems).set({ queueRank: neighbour.rank, updatedAt: now }).where(eq(newsItems.id, id));
        await tx.update(newsItems).set({ queueRank: item.queueRank, updatedAt: now }).where(eq(newsItems.id, neighbour.id));
        break;
      }
    }
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.queue",
      entityType: "news_item",
      entityId: id,
      before: { mailStatus: item.mailStatus, queueRank: item.queueRank },
      after: { action },
    });
    return { ok: true, value: { id } } as const;
  });
}

export async function saveMailingSettings(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<null>> {
  authorize(principal, "news.manage");
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  return db.transaction(async (tx) => {
    await tx
      .insert(newsSettings)
      .values({ id: 1, ...parsed.data, updatedAt: now })
      .onConflictDoUpdate({ target: newsSettings.id, set: { ...parsed.data, updatedAt: now } });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.settings",
      entityType: "news_settings",
      entityId: "1",
      after: parsed.data,
    });
    return { ok: true, value: null } as const;
  });
}

/**
 * A draft news item about a competition, consultation or event just published: called by their
 * publish commands inside the same transaction (one line each), once per source. Staff edit and
 * publish it; nothing goes out by itself.
 */
export async function draftNewsFor(
  tx: Tx,
  source: {
    kind: "competition" | "consultation" | "meeting";
    id: string;
    title: string;
    lead?: string;
    areas?: string[];
    type: NewsType;
    path: string;
  },
  now = new Date(),
): Promise<void> {
  await tx
    .insert(newsItems)
    .values({
      title: source.title.slice(0, 200),
      lead: (source.lead ?? "").slice(0, 600),
      body: "",
      type: source.type,
      areas: source.areas ?? [],
      links: [{ label: source.title.slice(0, 200), url: source.path }],
      sourceKind: source.kind,
      sourceId: source.id,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
}

/** An organization's representative proposes an announcement, or sends a returned one again after changing it. */
export async function proposeAnnouncement(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "news.announce", {
    organizationId: typeof input.organizationId === "string" ? input.organizationId.toLowerCase() : undefined,
  });
  const parsed = announcementSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, ...values } = parsed.data;
  authorize(principal, "news.announce", { organizationId: values.organizationId });
  return db.transaction(async (tx) => {
    if (!(await knownAreas(tx, values.areas))) return { ok: false, fieldErrors: { areas: ["invalid"] } } as const;
    if (id) {
      const [before] = await tx.select().from(newsAnnouncements).where(eq(newsAnnouncements.id, id));
      if (!before || before.organizationId !== values.organizationId) return { ok: false, formError: "notFound" } as const;
      if (before.status !== "returned") return { ok: false, formError: "notReturned" } as const;
      await tx
        .update(newsAnnouncements)
        .set({
          ...values,
          status: "pending",
          returnReason: null,
          decidedAt: null,
          decidedBy: null,
          proposedBy: principal.userId,
          updatedAt: now,
        })
        .where(eq(newsAnnouncements.id, id));
      await recordAudit(tx, {
        actor: actorOf(principal),
        action: "news.announce",
        entityType: "news_announcement",
        entityId: id,
        before,
        after: values,
      });
      return { ok: true, value: { id } } as const;
    }
    const [row] = await tx
      .insert(newsAnnouncements)
      .values({ ...values, proposedBy: principal.userId, createdAt: now, updatedAt: now })
      .returning({ id: newsAnnouncements.id });
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.announce",
      entityType: "news_announcement",
      entityId: row.id,
      after: values,
    });
    return { ok: true, value: { id: row.id } } as const;
  });
}

/** Staff accept a pending announcement, possibly edited: it becomes a published news item of the organization, queued for the mailing. */
export async function acceptAnnouncement(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string; newsItemId: string }>> {
  authorize(principal, "news.manage");
  const parsed = acceptSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, ...values } = parsed.data;
  return db.transaction(async (tx) => {
    const [a] = await tx.select().from(newsAnnouncements).where(eq(newsAnnouncements.id, id)).for("update");
    if (!a) return { ok: false, formError: "notFound" } as const;
    if (a.status !== "pending") return { ok: false, formError: "notPending" } as const;
    if (!(await knownAreas(tx, values.areas))) return { ok: false, fieldErrors: { areas: ["invalid"] } } as const;
    const [item] = await tx
      .insert(newsItems)
      .values({
        ...values,
        status: "published",
        publishAt: now,
        mailStatus: "queued",
        queueRank: now.getTime(),
        organizationId: a.organizationId,
        createdBy: principal.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: newsItems.id });
    await tx
      .update(newsAnnouncements)
      .set({ status: "accepted", newsItemId: item.id, decidedBy: principal.userId, decidedAt: now, updatedAt: now })
      .where(eq(newsAnnouncements.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.acceptAnnouncement",
      entityType: "news_announcement",
      entityId: id,
      before: { status: a.status },
      after: { status: "accepted", newsItemId: item.id, ...values },
    });
    return { ok: true, value: { id, newsItemId: item.id } } as const;
  });
}

/** Staff return a pending announcement with a reason; the organization sees it in its to-do list and may send it again. */
export async function returnAnnouncement(
  db: Db,
  principal: Principal | null,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<CommandResult<{ id: string }>> {
  authorize(principal, "news.manage");
  const parsed = returnSchema.safeParse(input);
  if (!parsed.success) return refusalOf(parsed.error);
  const { id, reason } = parsed.data;
  return db.transaction(async (tx) => {
    const [a] = await tx.select().from(newsAnnouncements).where(eq(newsAnnouncements.id, id)).for("update");
    if (!a) return { ok: false, formError: "notFound" } as const;
    if (a.status !== "pending") return { ok: false, formError: "notPending" } as const;
    await tx
      .update(newsAnnouncements)
      .set({ status: "returned", returnReason: reason, decidedBy: principal.userId, decidedAt: now, updatedAt: now })
      .where(eq(newsAnnouncements.id, id));
    await recordAudit(tx, {
      actor: actorOf(principal),
      action: "news.returnAnnouncement",
      entityType: "news_announcement",
      entityId: id,
      before: { status: a.status },
      after: { status: "returned", reason },
    });
    return { ok: true, value: { id } } as const;
  });
}
