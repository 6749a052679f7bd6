import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { systemActor } from "@/lib/audit/record";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { seedReferenceData } from "@/lib/db/reference";
import { patronageApplications } from "@/lib/db/schema/patronages";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser, mailsTo } from "@/tests/factories";
import {
  answerPatronageInfo,
  applyForPatronage,
  decidePatronage,
  remindPatronageReports,
  reportPatronage,
  requestPatronageInfo,
} from "./commands";
import { getPatronage, grantedPatronage, grantedPatronages, myPatronages, patronagesToDecide, patronageTasksOf } from "./queries";
import { inTimeToApply, lastApplicationDay, parsePhotoLinks, reportDueOn, reportStanding } from "./rules";

let t: TestDatabase;
let staff: Principal;
let applicant: Principal;
let stranger: Principal;
// Monday 4 January 2027, 10:00 in Warsaw
const now = new Date("2027-01-04T09:00:00Z");

const event = (over: Record<string, string> = {}) => ({
  requestType: "patronage",
  eventName: "Bieg Niepodległości",
  startsOn: "2027-02-05",
  endsOn: "2027-02-06",
  place: "Stadion Miejski, ul. Słoneczna 1",
  organizer: "Klub Biegacza Żubr",
  partners: "Szkoła Podstawowa nr 5",
  scope: "regional",
  audience: "Biegacze amatorzy i rodziny",
  expectedParticipants: "800",
  commercial: "no",
  fees: "",
  otherPatrons: "Marszałek Województwa",
  media: "Radio Białystok",
  promotionPlan: "Logo na plakatach, numerach startowych i stronie biegu",
  ...over,
});

async function rowOf(id: string) {
  const [row] = await t.db.select().from(patronageApplications).where(eq(patronageApplications.id, id));
  return row;
}

async function applied(over: Record<string, string> = {}) {
  const result = await applyForPatronage(t.db, applicant, event(over), now);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://wspolnie.test");
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  staff = (await loadPrincipal(t.db, (await createUser(t.db, { isCentreStaff: true })).id))!;
  applicant = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
  stranger = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
});

describe("rules", () => {
  it("an application comes at least 30 Warsaw days before the event", () => {
    expect(lastApplicationDay("2027-02-03")).toBe("2027-01-04");
    expect(inTimeToApply("2027-02-03", now)).toBe(true);
    expect(inTimeToApply("2027-02-02", now)).toBe(false);
    // 23:30 UTC on 3 January is already 4 January in Warsaw (00:30)
    expect(inTimeToApply("2027-02-02", new Date("2027-01-03T23:30:00Z"))).toBe(false);
    expect(inTimeToApply("2027-02-03", new Date("2027-01-03T22:59:00Z"))).toBe(true);
    // across the spring DST change: calendar days, not hours
    expect(inTimeToApply("2027-04-26", new Date("2027-03-27T12:00:00Z"))).toBe(true);
    expect(inTimeToApply("2027-04-25", new Date("2027-03-27T12:00:00Z"))).toBe(false);
    expect(inTimeToApply("2027-02-02", now, 29)).toBe(true);
  });

  it("the report is due 14 days after the event's last day; owed after the event, overdue after the due day", () => {
    expect(reportDueOn("2027-02-06")).toBe("2027-02-20");
    expect(reportDueOn("2027-12-25")).toBe("2028-01-08");
    const a = { status: "granted" as const, endsOn: "2027-02-06", reportDueOn: "2027-02-20" };
    expect(reportStanding(a, "2027-02-06")).toBe("not_yet");
    expect(reportStanding(a, "2027-02-07")).toBe("due");
    expect(reportStanding(a, "2027-02-20")).toBe("due");
    expect(reportStanding(a, "2027-02-21")).toBe("overdue");
    expect(reportStanding({ ...a, status: "reported" }, "2027-03-01")).toBe("done");
    expect(reportStanding({ ...a, status: "refused", reportDueOn: null }, "2027-03-01")).toBe("none");
  });

  it("photo links are http(s) links, one per line", () => {
    expect(parsePhotoLinks("https://a.example/1.jpg\n\n http://b.example/2 ")).toEqual(["https://a.example/1.jpg", "http://b.example/2"]);
    expect(parsePhotoLinks("")).toEqual([]);
    expect(parsePhotoLinks("javascript:alert(1)")).toBeNull();
    expect(parsePhotoLinks("zdjęcie.jpg")).toBeNull();
  });
});

describe("patronage applications", () => {
  it("anyone signed in applies in time; a visitor is refused; too late or ending before it starts is refused", async () => {
    await expect(applyForPatronage(t.db, null, event(), now)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await applyForPatronage(t.db, applicant, event({ startsOn: "2027-02-02", endsOn: "2027-02-02" }), now)).toEqual({
      ok: false,
      fieldErrors: { startsOn: ["tooLate"] },
    });
    expect(await applyForPatronage(t.db, applicant, event({ endsOn: "2027-02-01", expectedParticipants: "dużo" }), now)).toEqual({
      ok: false,
      fieldErrors: { expectedParticipants: ["participantsFormat"], endsOn: ["endBeforeStart"] },
    });
    const id = await applied();
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: "submitted", applicantId: applicant.userId, expectedParticipants: 800, commercial: false });
    expect((await patronagesToDecide(t.db)).count).toBeGreaterThanOrEqual(1);
  });

  it("staff ask for information, the applicant answers and resubmits; staff grant with the logo terms, mailed", async () => {
    const id = await applied({ eventName: "Festiwal Kultur" });
    // a resident (even the applicant) cannot ask or decide; nothing changes
    await expect(requestPatronageInfo(t.db, applicant, { applicationId: id, question: "Jaki budżet?" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      decidePatronage(t.db, applicant, { applicationId: id, decision: "grant", logoTerms: "Logo na plakatach zgodnie z księgą" }, now),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await rowOf(id)).status).toBe("submitted");

    expect((await requestPatronageInfo(t.db, staff, { applicationId: id, question: "Prosimy o program wydarzenia." })).ok).toBe(true);
    expect((await rowOf(id)).status).toBe("info_requested");
    expect((await mailsTo(t.db, applicant.email)).at(-1)).toMatchObject({ kind: "patronage_info_requested" });
    expect((await patronageTasksOf(t.db, applicant.userId, now)).questions.map((q) => q.id)).toContain(id);
    // cannot decide while waiting for the answer
    expect(await decidePatronage(t.db, staff, { applicationId: id, decision: "refuse", reason: "Brak programu" }, now)).toEqual({
      ok: false,
      formError: "alreadyDecided",
    });
    // another person cannot answer, nor read it
    expect(await answerPatronageInfo(t.db, stranger, { applicationId: id, answer: "Program w załączeniu" }, now)).toEqual({
      ok: false,
      formError: "notFound",
    });
    expect(await getPatronage(t.db, stranger, id)).toBeNull();
    expect((await rowOf(id)).infoAnswer).toBeNull();

    expect(
      (await answerPatronageInfo(t.db, applicant, { applicationId: id, answer: "Koncerty, warsztaty, kuchnie świata." }, now)).ok,
    ).toBe(true);
    expect(await rowOf(id)).toMatchObject({ status: "submitted", infoAnswer: "Koncerty, warsztaty, kuchnie świata." });
    expect(await answerPatronageInfo(t.db, applicant, { applicationId: id, answer: "Jeszcze raz odpowiadam" }, now)).toEqual({
      ok: false,
      formError: "notAsked",
    });

    expect(await decidePatronage(t.db, staff, { applicationId: id, decision: "grant", logoTerms: "" }, now)).toEqual({
      ok: false,
      fieldErrors: { logoTerms: ["logoTermsRequired"] },
    });
    expect(
      await decidePatronage(
        t.db,
        staff,
        { applicationId: id, decision: "grant", logoTerms: "Logo miasta na plakatach według księgi znaku" },
        now,
      ),
    ).toEqual({ ok: true, value: { decision: "grant" } });
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: "granted", reportDueOn: "2027-02-20", decidedBy: staff.userId });
    const mail = (await mailsTo(t.db, applicant.email)).at(-1);
    expect(mail?.kind).toBe("patronage_granted");
    expect(mail?.text).toContain("Logo miasta na plakatach według księgi znaku");
    expect(mail?.text).toContain(`https://wspolnie.test/account/patronages/${id}`);
    expect((await auditOf(t.db, id)).map((a) => a.action)).toEqual([
      "patronage.grant",
      "patronage.answer",
      "patronage.requestInfo",
      "patronage.apply",
    ]);

    // public list and open data: no personal data
    const list = await grantedPatronages(t.db);
    expect(list.items.map((i) => i.id)).toContain(id);
    expect(JSON.stringify(list)).not.toContain(applicant.email);
    expect(await grantedPatronage(t.db, id)).toMatchObject({ eventName: "Festiwal Kultur", organizer: "Klub Biegacza Żubr" });

    // the report: not before the event ends, only by the applicant
    expect(
      await reportPatronage(t.db, applicant, { applicationId: id, participants: "700", shown: "Logo na plakatach i stronie" }, now),
    ).toEqual({
      ok: false,
      formError: "reportNotYet",
    });
    const after = new Date("2027-02-10T10:00:00Z");
    expect((await patronageTasksOf(t.db, applicant.userId, after)).reports.map((r) => r.id)).toContain(id);
    expect(
      await reportPatronage(t.db, stranger, { applicationId: id, participants: "700", shown: "Logo na plakatach i stronie" }, after),
    ).toEqual({ ok: false, formError: "notFound" });
    expect(
      await reportPatronage(
        t.db,
        applicant,
        { applicationId: id, participants: "700", shown: "Logo na plakatach i stronie", photoLinks: "ftp://x" },
        after,
      ),
    ).toEqual({ ok: false, fieldErrors: { photoLinks: ["photoLinks"] } });
    expect((await rowOf(id)).status).toBe("granted");
    expect(
      (
        await reportPatronage(
          t.db,
          applicant,
          {
            applicationId: id,
            participants: "712",
            shown: "Logo na plakatach i stronie",
            photoLinks: "https://foto.example/festiwal/1.jpg",
          },
          after,
        )
      ).ok,
    ).toBe(true);
    expect(await rowOf(id)).toMatchObject({
      status: "reported",
      reportParticipants: 712,
      reportPhotoLinks: "https://foto.example/festiwal/1.jpg",
    });
    expect((await myPatronages(t.db, applicant)).map((a) => a.id)).toContain(id);
  });

  it("staff refuse with a reason, mailed; another applicant does not see it", async () => {
    const id = await applied({ eventName: "Targi Handlowe", commercial: "yes", fees: "Bilet 50 zł" });
    expect(await decidePatronage(t.db, staff, { applicationId: id, decision: "refuse", reason: "" }, now)).toEqual({
      ok: false,
      fieldErrors: { reason: ["reasonRequired"] },
    });
    expect((await decidePatronage(t.db, staff, { applicationId: id, decision: "refuse", reason: "Wydarzenie komercyjne" }, now)).ok).toBe(
      true,
    );
    expect((await mailsTo(t.db, applicant.email)).at(-1)?.text).toContain("Wydarzenie komercyjne");
    expect(await grantedPatronage(t.db, id)).toBeNull();
    expect((await myPatronages(t.db, stranger)).map((a) => a.id)).not.toContain(id);
    expect(await getPatronage(t.db, staff, id)).toMatchObject({ status: "refused" });
  });

  it("the job reminds of the report once after the event and marks it overdue once after its last day", async () => {
    const id = await applied({ eventName: "Piknik Rodzinny", startsOn: "2027-03-06", endsOn: "2027-03-06" });
    await decidePatronage(t.db, staff, { applicationId: id, decision: "grant", logoTerms: "Logo miasta na banerze sceny" }, now);
    const actor = systemActor("patronages.remind");
    const before = (await mailsTo(t.db, applicant.email)).length;
    await remindPatronageReports(t.db, new Date("2027-03-06T12:00:00Z"), actor);
    expect((await rowOf(id)).reportRemindedAt).toBeNull();
    await remindPatronageReports(t.db, new Date("2027-03-07T08:00:00Z"), actor);
    await remindPatronageReports(t.db, new Date("2027-03-08T08:00:00Z"), actor);
    expect((await rowOf(id)).reportRemindedAt).not.toBeNull();
    await remindPatronageReports(t.db, new Date("2027-03-21T08:00:00Z"), actor);
    expect((await rowOf(id)).reportOverdueAt).not.toBeNull();
    await remindPatronageReports(t.db, new Date("2027-03-22T08:00:00Z"), actor);
    const kinds = (await mailsTo(t.db, applicant.email)).slice(before).map((m) => m.kind);
    expect(kinds.filter((k) => k === "patronage_report_due")).toHaveLength(1);
    expect(kinds.filter((k) => k === "patronage_report_overdue")).toHaveLength(1);
    expect((await auditOf(t.db, id)).map((a) => a.action)).toContain("patronage.markOverdue");
  });
});
