import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organizations } from "./organizations";
import { publicTaskAreas } from "./reference";

/**
 * Stored lifecycle. "planned" and "open" are refined by the dates (lib/consultations/rules.ts):
 * a consultation is open only between starts_at and ends_at, Warsaw time on the server.
 */
export const consultationStatuses = ["planned", "open", "closed", "report_published"] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];
export const consultationAudiences = ["residents", "ngos", "both"] as const;
export type ConsultationAudience = (typeof consultationAudiences)[number];
export const consultationForms = ["online_comments", "survey", "meetings"] as const;
export type ConsultationForm = (typeof consultationForms)[number];

/** Attachments are links with titles (uploads are not supported yet). */
export interface ConsultationDocument {
  title: string;
  url: string;
}

export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    /** Subject and purpose of the consultation (art. 5 ust. 5 announcement). */
    subject: text("subject").notNull().default(""),
    purpose: text("purpose").notNull().default(""),
    department: text("department").notNull().default(""),
    territorialScope: text("territorial_scope").notNull().default(""),
    audience: text("audience", { enum: consultationAudiences }).notNull().default("both"),
    forms: jsonb("forms").$type<ConsultationForm[]>().notNull().default(["online_comments"]),
    status: text("status", { enum: consultationStatuses }).notNull().default("planned"),
    // defaults only so that other modules' tests can insert a bare (title, status) row
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp("ends_at", { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '30 days'`),
    timetable: text("timetable").notNull().default(""),
    /** Why the consultation is shorter than the minimum (CONSULTATION_MINIMUM_DAYS); empty when it is not. */
    urgencyReason: text("urgency_reason").notNull().default(""),
    resultsPublication: text("results_publication").notNull().default(""),
    documents: jsonb("documents").$type<ConsultationDocument[]>().notNull().default([]),
    /** The draft as written (Markdown); its paragraphs are also rows in consultation_paragraphs. */
    draftMarkdown: text("draft_markdown").notNull().default(""),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    /** Settings an administrator can correct per consultation. */
    reportThreshold: integer("report_threshold").notNull().default(3),
    editWindowMinutes: integer("edit_window_minutes").notNull().default(15),
    /** Summary written by the administrator for the published report. */
    reportSummary: text("report_summary").notNull().default(""),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    reportPublishedAt: timestamp("report_published_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("consultations_status_idx").on(t.status),
    index("consultations_dates_idx").on(t.startsAt, t.endsAt),
    check("consultations_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("consultations_report_threshold_positive", sql`${t.reportThreshold} > 0`),
  ],
);

export const consultationTaskAreas = pgTable(
  "consultation_task_areas",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    areaSlug: text("area_slug")
      .notNull()
      .references(() => publicTaskAreas.slug),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.areaSlug] }), index("consultation_task_areas_area_idx").on(t.areaSlug)],
);

/** Numbered paragraphs of the draft; comments point at (consultation_id, number). */
export const consultationParagraphs = pgTable(
  "consultation_paragraphs",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    body: text("body").notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.number] })],
);

export const commentStances = ["for", "against", "neutral"] as const;
export type CommentStance = (typeof commentStances)[number];
/** visible; auto_hidden after enough reports (until a moderator decides); hidden by a moderator. */
export const commentModerationStates = ["visible", "auto_hidden", "hidden"] as const;
export type CommentModerationState = (typeof commentModerationStates)[number];

export const consultationComments = pgTable(
  "consultation_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    /** Null: on the whole consultation. */
    paragraphNumber: integer("paragraph_number"),
    parentId: uuid("parent_id").references((): AnyPgColumn => consultationComments.id, { onDelete: "cascade" }),
    /** 0 for a top-level comment; replies go up to depth 2 (three levels). */
    depth: integer("depth").notNull().default(0),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** Set when written on behalf of an organization the author belongs to. */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    stance: text("stance", { enum: commentStances }),
    supportCount: integer("support_count").notNull().default(0),
    replyCount: integer("reply_count").notNull().default(0),
    reportCount: integer("report_count").notNull().default(0),
    moderation: text("moderation", { enum: commentModerationStates }).notNull().default("visible"),
    moderationReason: text("moderation_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
  },
  (t) => [
    index("consultation_comments_thread_idx").on(t.consultationId, t.createdAt, t.id),
    index("consultation_comments_support_idx").on(t.consultationId, t.supportCount, t.id),
    index("consultation_comments_parent_idx").on(t.parentId, t.createdAt),
    index("consultation_comments_author_idx").on(t.authorId),
    index("consultation_comments_moderation_idx").on(t.moderation),
    check("consultation_comments_depth", sql`${t.depth} between 0 and 2`),
  ],
);

export const consultationCommentSupports = pgTable(
  "consultation_comment_supports",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => consultationComments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index("consultation_comment_supports_user_idx").on(t.userId)],
);

export const commentReportReasons = ["spam", "offensive", "off_topic"] as const;
export type CommentReportReason = (typeof commentReportReasons)[number];

export const consultationCommentReports = pgTable(
  "consultation_comment_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => consultationComments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: commentReportReasons }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("consultation_comment_reports_once_key").on(t.commentId, t.userId)],
);

/** People blocked from commenting (the users table stays untouched). */
export const consultationCommentBlocks = pgTable("consultation_comment_blocks", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  blockedFromCommentsAt: timestamp("blocked_from_comments_at", { withTimezone: true }).notNull().defaultNow(),
  reason: text("reason").notNull(),
  blockedBy: uuid("blocked_by").references(() => users.id, { onDelete: "set null" }),
});

export const answerVerdicts = ["accepted", "partly_accepted", "not_accepted", "not_applicable"] as const;
export type AnswerVerdict = (typeof answerVerdicts)[number];

/** The city's official answer to one comment (one per comment). */
export const consultationAnswers = pgTable("consultation_answers", {
  commentId: uuid("comment_id")
    .primaryKey()
    .references(() => consultationComments.id, { onDelete: "cascade" }),
  verdict: text("verdict", { enum: answerVerdicts }).notNull(),
  justification: text("justification").notNull(),
  answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
  answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
});
