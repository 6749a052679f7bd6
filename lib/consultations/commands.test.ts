import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { consultationComments, consultations } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import {
  postComment,
  editComment,
  reportComment,
  supportComment,
  closeConsultation,
  createConsultation,
  publishReport,
  answerComment,
  moderateComment,
  updateConsultation,
} from "./commands";
import { minimumConsultationDaysSetting } from "./settings";
import { consultationTitles, reportStatistics, unansweredCount } from "./queries";
import { threadPage } from "./comment-queries";
import { consultationApiDetail, reportCsv } from "./api";

let t: TestDatabase;
let admin: Principal;
const now = new Date("2026-11-27T12:00:00+01:00");
const minutes = (n: number) => new Date(now.getTime() + n * 60000);

async function person(): Promise<Principal & { emailAddress: string }> {
  const user = await createUser(t.db);
  return { ...(await loadPrincipal(t.db, user.id))!, emailAddress: user.email };
}

const announcement = (startDate: string, endDate: string, audience: string) => ({
  title: "Program testowy",
  subject: "Projekt uchwały",
  purpose: "Zebranie opinii",
  department: "Biuro Pełnomocnika",
  territorialScope: "Miasto Białystok",
  audience,
  forms: ["online_comments"],
  startDate,
  endDate,
  resultsPublication: "Raport w BIP",
  draftMarkdown: "§ 1. Cele.\n\n§ 2. Zasady.\n\n§ 3. Zakres.",
  reportThreshold: "3",
  editWindowMinutes: "15",
});

async function newConsultation(startDate = "2026-11-20", endDate = "2026-12-20", audience = "both") {
  const r = await createConsultation(t.db, admin, announcement(startDate, endDate, audience), now);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.id;
}

async function comment(p: Principal, consultationId: string, extra: Record<string, unknown> = {}, at = now) {
  const r = await postComment(t.db, p, { consultationId, body: "Uwaga do projektu", ...extra }, at);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const user = await createUser(t.db, { isAdmin: true });
  admin = (await loadPrincipal(t.db, user.id))!;
}, 60_000);
afterAll(() => t?.close());

describe("comments", () => {
  it("accepts comments on paragraphs and replies up to three levels, only while open", async () => {
    const id = await newConsultation();
    const resident = await person();
    const first = await comment(resident, id, { paragraphNumber: "2", stance: "for" });
    const reply = await comment(resident, id, { parentId: first });
    const reply2 = await comment(resident, id, { parentId: reply });
    expect(await postComment(t.db, resident, { consultationId: id, parentId: reply2, body: "za głęboko" }, now)).toEqual({
      ok: false,
      formError: "tooDeep",
    });
    expect(await postComment(t.db, resident, { consultationId: id, paragraphNumber: "9", body: "x" }, now)).toMatchObject({ ok: false });
    const [row] = await t.db.select().from(consultationComments).where(eq(consultationComments.id, reply2));
    expect(row).toMatchObject({ depth: 2, paragraphNumber: 2 });
    expect(await postComment(t.db, resident, { consultationId: id, body: "po terminie" }, new Date("2026-12-21T00:00:00+01:00"))).toEqual({
      ok: false,
      formError: "consultationNotOpen",
    });
    await expect(postComment(t.db, null, { consultationId: id, body: "x" }, now)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets a member comment on behalf of their organization only", async () => {
    const id = await newConsultation();
    const member = await person();
    const org = await createOrganization(t.db, "Stowarzyszenie Testowe");
    const other = await createOrganization(t.db, "Obca Fundacja");
    await addOrganizationMember(t.db, org, member.userId, "editor");
    const p = (await loadPrincipal(t.db, member.userId))!;
    await comment(p, id, { organizationId: org });
    await expect(postComment(t.db, p, { consultationId: id, body: "x", organizationId: other }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await reportStatistics(t.db, id)).ngoComments).toBe(1);
  });

  it("art. 5 of the Act: a consultation addressed to NGOs only takes comments on behalf of organizations; a resident is refused", async () => {
    const id = await newConsultation("2026-11-20", "2026-12-20", "ngos");
    const resident = await person();
    const member = await person();
    const org = await createOrganization(t.db, "Stowarzyszenie Konsultowane");
    await addOrganizationMember(t.db, org, member.userId, "editor");
    const representative = (await loadPrincipal(t.db, member.userId))!;
    const commentsOf = () => t.db.select().from(consultationComments).where(eq(consultationComments.consultationId, id));
    expect(await postComment(t.db, resident, { consultationId: id, body: "Jako mieszkaniec" }, now)).toEqual({
      ok: false,
      formError: "ngoAudienceOnly",
    });
    expect(await postComment(t.db, representative, { consultationId: id, body: "We własnym imieniu" }, now)).toEqual({
      ok: false,
      fieldErrors: { organizationId: ["ngoAudienceChooseOrganization"] },
    });
    expect(await commentsOf()).toEqual([]);
    const first = await comment(representative, id, { organizationId: org });
    // a reply is a comment too: the resident may not answer in the thread either
    expect(await postComment(t.db, resident, { consultationId: id, parentId: first, body: "Odpowiedź" }, now)).toMatchObject({
      ok: false,
      formError: "ngoAudienceOnly",
    });
    expect((await commentsOf()).map((c) => c.organizationId)).toEqual([org]);
  });

  it("edits within the window by the author only", async () => {
    const id = await newConsultation();
    const author = await person();
    const stranger = await person();
    const c = await comment(author, id);
    await expect(editComment(t.db, stranger, { commentId: c, body: "przejęte" }, minutes(1))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await editComment(t.db, author, { commentId: c, body: "poprawione" }, minutes(10))).toMatchObject({ ok: true });
    expect(await editComment(t.db, author, { commentId: c, body: "za późno" }, minutes(16))).toEqual({
      ok: false,
      formError: "editWindowPassed",
    });
    const [row] = await t.db.select().from(consultationComments).where(eq(consultationComments.id, c));
    expect(row.body).toBe("poprawione");
  });

  it("counts a support once per person", async () => {
    const id = await newConsultation();
    const author = await person();
    const fan = await person();
    const c = await comment(author, id);
    expect(await supportComment(t.db, fan, { commentId: c }, now)).toMatchObject({ ok: true, value: { supportCount: 1 } });
    expect(await supportComment(t.db, fan, { commentId: c }, now)).toEqual({ ok: false, formError: "alreadySupported" });
    expect(await supportComment(t.db, author, { commentId: c }, now)).toEqual({ ok: false, formError: "ownComment" });
  });
});

describe("thread paging", () => {
  it("pages with a keyset cursor without gaps or repeats, in every order", async () => {
    const id = await newConsultation();
    const people = [await person(), await person()];
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await comment(people[i % 2], id, {}, minutes(-60 + (i < 4 ? 0 : i)))); // equal timestamps too
    await supportComment(t.db, people[1], { commentId: ids[0] }, now);
    for (const order of ["newest", "oldest", "supported"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await threadPage(t.db, { consultationId: id, order, cursor, limit: 3 });
        seen.push(...page.items.map((c) => c.id));
        cursor = page.next;
      } while (cursor);
      expect(new Set(seen).size).toBe(7);
      expect(seen.length).toBe(7);
      if (order === "supported") expect(seen[0]).toBe(ids[0]);
    }
  });
});

describe("moderation", () => {
  it("hides after the threshold of reports, once per person; the moderator restores; block mails the author", async () => {
    const id = await newConsultation();
    const author = await person();
    const reporters = [await person(), await person(), await person()];
    const c = await comment(author, id);
    expect(await reportComment(t.db, reporters[0], { commentId: c, reason: "spam" })).toMatchObject({ ok: true, value: { hidden: false } });
    expect(await reportComment(t.db, reporters[0], { commentId: c, reason: "spam" })).toEqual({ ok: false, formError: "alreadyReported" });
    await reportComment(t.db, reporters[1], { commentId: c, reason: "offensive" });
    expect(await reportComment(t.db, reporters[2], { commentId: c, reason: "off_topic" })).toMatchObject({
      ok: true,
      value: { hidden: true },
    });
    const page = await threadPage(t.db, { consultationId: id });
    expect(page.items.find((x) => x.id === c)).toMatchObject({ moderation: "auto_hidden", body: null });
    await expect(moderateComment(t.db, reporters[0], { commentId: c, decision: "restore" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await moderateComment(t.db, admin, { commentId: c, decision: "restore" })).toMatchObject({ ok: true });
    expect((await threadPage(t.db, { consultationId: id })).items[0]).toMatchObject({ moderation: "visible", body: "Uwaga do projektu" });
    expect(await moderateComment(t.db, admin, { commentId: c, decision: "block", reason: "Wulgaryzmy" })).toMatchObject({ ok: true });
    expect((await mailsTo(t.db, author.emailAddress)).map((m) => m.kind)).toContain("consultation_comment_blocked");
    expect(await postComment(t.db, author, { consultationId: id, body: "znowu" }, now)).toEqual({
      ok: false,
      formError: "blockedFromComments",
    });
    expect((await auditOf(t.db, c)).map((a) => a.action)).toEqual(
      expect.arrayContaining(["consultation.reportComment", "consultation.restoreComment", "consultation.blockComment"]),
    );
  });
});

describe("answers and the report", () => {
  it("refuses the report while a comment is unanswered, then publishes", async () => {
    const id = await newConsultation();
    const resident = await person();
    const a = await comment(resident, id);
    const b = await comment(resident, id, { parentId: a });
    expect(await answerComment(t.db, admin, { commentId: a, verdict: "accepted", justification: "Uwzględniono" }, now)).toEqual({
      ok: false,
      formError: "notClosedYet",
    });
    await closeConsultation(t.db, admin, id, now);
    await expect(answerComment(t.db, resident, { commentId: a, verdict: "accepted", justification: "x" }, now)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await answerComment(t.db, admin, { commentId: a, verdict: "partly_accepted", justification: "Częściowo" }, now)).toMatchObject({
      ok: true,
    });
    expect(await unansweredCount(t.db, id)).toBe(1);
    expect(await publishReport(t.db, admin, { consultationId: id }, now)).toEqual({ ok: false, formError: "unansweredComments" });
    await answerComment(t.db, admin, { commentId: b, verdict: "not_applicable", justification: "Pytanie, nie uwaga" }, now);
    expect(await publishReport(t.db, admin, { consultationId: id, reportSummary: "Podsumowanie" }, now)).toEqual({ ok: true, value: null });
    // the report as CSV for spreadsheets, headers in the chosen language
    const detail = (await consultationApiDetail(t.db, id, now))!;
    const [header, ...rows] = reportCsv(detail, "en").split("\r\n");
    expect(header).toBe("\uFEFFid;parentId;Paragraph;Author;organization;stance;Comment;supports;createdAt;Decision;Justification");
    expect(rows.map((row) => row.split(";").slice(6, 7).concat(row.split(";").slice(-2)))).toEqual(
      expect.arrayContaining([
        ["Uwaga do projektu", "Partly accepted", "Częściowo"],
        ["Uwaga do projektu", "Not applicable", "Pytanie, nie uwaga"],
      ]),
    );
    expect(rows.at(-1)).toBe("");
    expect(reportCsv(detail, "pl").startsWith("\uFEFFid;parentId;Akapit;Autor;")).toBe(true);
    // other modules read titles by id; an id of nothing, or no id at all, is left out
    expect(await consultationTitles(t.db, [id, "00000000-0000-4000-8000-000000000000", "not-an-id"])).toEqual(
      new Map([[id, detail.title]]),
    );
    expect(await postComment(t.db, resident, { consultationId: id, body: "po raporcie" }, now)).toEqual({
      ok: false,
      formError: "consultationNotOpen",
    });
  });
});

describe("length of a consultation", () => {
  it("lasts at least the minimum of 14 days (CONSULTATION_MINIMUM_DAYS); shorter only with a recorded urgency reason", async () => {
    const count = async () => (await t.db.select({ id: consultations.id }).from(consultations)).length;
    const before = await count();
    // 27 November – 9 December: 13 days, both counted
    expect(await createConsultation(t.db, admin, announcement("2026-11-27", "2026-12-09", "both"), now)).toEqual({
      ok: false,
      fieldErrors: { urgencyReason: ["consultationTooShort"] },
    });
    expect(
      await createConsultation(t.db, admin, { ...announcement("2026-11-27", "2026-11-27", "both"), urgencyReason: "  " }, now),
    ).toEqual({
      ok: false,
      fieldErrors: { urgencyReason: ["consultationTooShort"] },
    });
    expect(await count()).toBe(before);
    expect((await createConsultation(t.db, admin, announcement("2026-11-27", "2026-12-10", "both"), now)).ok).toBe(true);
    const reason = "Termin ustawowy wejścia w życie uchwały: 1 stycznia 2027 r.";
    const urgent = await createConsultation(
      t.db,
      admin,
      { ...announcement("2026-11-27", "2026-12-03", "both"), urgencyReason: reason },
      now,
    );
    if (!urgent.ok) throw new Error(JSON.stringify(urgent));
    const [row] = await t.db.select().from(consultations).where(eq(consultations.id, urgent.value.id));
    expect(row.urgencyReason).toBe(reason);
    // an edit cannot shorten it below the minimum without the reason either
    expect(await updateConsultation(t.db, admin, urgent.value.id, announcement("2026-11-27", "2026-12-03", "both"), now)).toEqual({
      ok: false,
      fieldErrors: { urgencyReason: ["consultationTooShort"] },
    });
  });

  it("the minimum is a setting: a positive number of days, 14 otherwise", () => {
    expect(minimumConsultationDaysSetting(undefined)).toBe(14);
    expect(minimumConsultationDaysSetting("21")).toBe(21);
    expect(minimumConsultationDaysSetting("0")).toBe(14);
    expect(minimumConsultationDaysSetting("x")).toBe(14);
  });
});
