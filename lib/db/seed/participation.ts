import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/open";
import { meetingRegistrations, meetings } from "@/lib/db/schema/meetings";
import { follows } from "@/lib/db/schema/notifications";
import { surveyQuestions, surveyResponses, surveys } from "@/lib/db/schema/surveys";
import { consultationOptions } from "@/lib/consultations/queries";
import { demoId } from "./demo";

/*
 * Demo meetings (past with minutes, upcoming, one nearly full with 3 seats), a survey on the open
 * consultation with a few answers, and a couple of follows. Consultations are looked up by title
 * (or phase); without them only Centre meetings are seeded. Idempotent: marker = the breakfast's id.
 */
const CENTRE = "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1, 15-082 Białystok";
const warsaw = (iso: string) => new Date(iso); // ISO strings below carry the Warsaw offset
const user = (email: string) => demoId("user", email);

export async function seedParticipation(db: Db) {
  const markerId = demoId("meeting", "breakfast-2027");
  const seeded = async (q: Pick<Db, "select">) =>
    (await q.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, markerId))).length > 0;
  if (await seeded(db)) return;
  const found = await consultationOptions(db);
  const byTitle = (fragment: RegExp) => found.find((c) => fragment.test(c.title))?.id ?? null;
  const open = found.find((c) => c.phase === "open")?.id ?? null;
  const programme = byTitle(/program\w* współpracy/i) ?? open;

  await db.transaction(async (tx) => {
    if (await seeded(tx)) return;
    const rows = [
      {
        id: markerId,
        consultationId: programme,
        kind: "citizens_breakfast" as const,
        title: "Śniadanie Obywatelskie: program współpracy 2027",
        description: "Rozmowa przy kawie o priorytetach rocznego programu współpracy miasta z organizacjami na 2027 rok.",
        place: CENTRE,
        startsAt: warsaw("2026-10-17T09:00:00+02:00"),
        endsAt: warsaw("2026-10-17T11:00:00+02:00"),
        capacity: 30,
        minutes:
          "Uczestnicy (18 osób, w tym przedstawiciele 12 organizacji) zgłosili 9 propozycji do programu współpracy na 2027 rok.\n\nNajczęściej wskazywane priorytety: wsparcie seniorów, edukacja ekologiczna, wolontariat młodzieży.\n\nWszystkie propozycje przekazano do Biura Pełnomocnika; odpowiedzi znajdą się w raporcie z konsultacji.",
        minutesPublishedAt: warsaw("2026-10-20T12:00:00+02:00"),
      },
      {
        id: demoId("meeting", "cafe-antoniuk"),
        consultationId: null,
        kind: "citizens_cafe" as const,
        title: "Kawiarenka Obywatelska: wolontariat w sąsiedztwie",
        description: "Spotkanie mieszkańców i organizacji o wolontariacie sąsiedzkim.",
        place: CENTRE,
        startsAt: warsaw("2026-09-24T17:00:00+02:00"),
        endsAt: warsaw("2026-09-24T19:00:00+02:00"),
        capacity: 25,
        minutes: "Omówiono potrzeby wolontariuszy na osiedlu i pomysł sąsiedzkiej giełdy czasu. Następne spotkanie wiosną 2027.",
        minutesPublishedAt: warsaw("2026-09-28T10:00:00+02:00"),
      },
      {
        id: demoId("meeting", "open-meeting"),
        consultationId: open,
        kind: "open_meeting" as const,
        title: "Spotkanie otwarte w ramach konsultacji",
        description: "Prezentacja projektu i zbieranie uwag na żywo.",
        place: CENTRE,
        startsAt: warsaw("2026-12-03T17:00:00+01:00"),
        endsAt: warsaw("2026-12-03T19:00:00+01:00"),
        capacity: 40,
        minutes: null,
        minutesPublishedAt: null,
      },
      {
        id: demoId("meeting", "workshop-offers"),
        consultationId: null,
        kind: "workshop" as const,
        title: "Warsztat: jak napisać ofertę w otwartym konkursie",
        description: "Praktyczne ćwiczenia z kosztorysem i harmonogramem (sekcje III i V formularza oferty). Mała grupa.",
        place: `${CENTRE}, sala 2`,
        startsAt: warsaw("2026-12-10T10:00:00+01:00"),
        endsAt: warsaw("2026-12-10T13:00:00+01:00"),
        capacity: 3,
        minutes: null,
        minutesPublishedAt: null,
      },
      {
        id: demoId("meeting", "jury-2027"),
        consultationId: programme,
        kind: "citizens_jury" as const,
        title: "Sąd obywatelski: jak oceniać program współpracy",
        description: "Losowo wybrani mieszkańcy wypracowują rekomendacje dla miasta.",
        place: "Urząd Miejski w Białymstoku, ul. Słonimska 1, sala 210",
        startsAt: warsaw("2027-01-16T10:00:00+01:00"),
        endsAt: warsaw("2027-01-16T15:00:00+01:00"),
        capacity: 24,
        minutes: null,
        minutesPublishedAt: null,
      },
    ];
    await tx
      .insert(meetings)
      .values(rows.map((r) => ({ ...r, createdBy: user("admin@demo.test"), createdAt: warsaw("2026-09-01T10:00:00+02:00") })));
    const reg = (meeting: string, email: string, status: "registered" | "waiting", at: string) => ({
      meetingId: demoId("meeting", meeting),
      userId: user(email),
      status,
      createdAt: warsaw(at),
    });
    await tx
      .insert(meetingRegistrations)
      .values([
        reg("breakfast-2027", "ngo@demo.test", "registered", "2026-10-01T10:00:00+02:00"),
        reg("breakfast-2027", "ngo2@demo.test", "registered", "2026-10-02T10:00:00+02:00"),
        reg("breakfast-2027", "agnieszka.lewandowska@demo.test", "registered", "2026-10-03T10:00:00+02:00"),
        reg("open-meeting", "ngo@demo.test", "registered", "2026-11-20T10:00:00+01:00"),
        reg("workshop-offers", "tomasz.malinowski@demo.test", "registered", "2026-11-21T10:00:00+01:00"),
        reg("workshop-offers", "ewa.kaminska@demo.test", "registered", "2026-11-22T10:00:00+01:00"),
      ]);

    if (open) {
      const surveyId = demoId("survey", "open");
      await tx
        .insert(surveys)
        .values({ id: surveyId, consultationId: open, intro: "Pięć krótkich pytań. Odpowiedzi są anonimowe w wynikach." });
      const q = (key: string) => demoId("survey-question", key);
      await tx.insert(surveyQuestions).values([
        {
          id: q("known"),
          surveyId,
          position: 1,
          kind: "single",
          prompt: "Skąd dowiedziałeś(-aś) się o konsultacjach?",
          options: ["Strona internetowa miasta", "Media społecznościowe", "Od organizacji pozarządowej", "Od znajomych", "Inaczej"],
          required: true,
        },
        {
          id: q("topics"),
          surveyId,
          position: 2,
          kind: "multiple",
          prompt: "Które obszary są dla Ciebie najważniejsze?",
          options: ["Seniorzy", "Dzieci i młodzież", "Ekologia", "Kultura", "Sport"],
          required: true,
        },
        {
          id: q("rating"),
          surveyId,
          position: 3,
          kind: "scale",
          prompt: "Jak oceniasz zrozumiałość projektu?",
          scaleMin: 1,
          scaleMax: 5,
          required: true,
        },
        { id: q("ideas"), surveyId, position: 4, kind: "text", prompt: "Co jeszcze chcesz przekazać miastu?", required: false },
      ]);
      const answer = (email: string, known: number, topics: number[], rating: number, ideas?: string) => ({
        surveyId,
        userId: user(email),
        answers: { [q("known")]: [known], [q("topics")]: topics, [q("rating")]: rating, ...(ideas ? { [q("ideas")]: ideas } : {}) },
      });
      await tx
        .insert(surveyResponses)
        .values([
          answer("ngo@demo.test", 2, [0, 2], 4, "Więcej spotkań w godzinach popołudniowych."),
          answer("ngo2@demo.test", 0, [1, 3], 5),
          answer("komisja@demo.test", 1, [0], 3, "Proszę o wersję łatwą do czytania."),
          answer("agnieszka.lewandowska@demo.test", 2, [1, 4], 4),
        ]);
      await tx.insert(follows).values({ userId: user("mieszkaniec@demo.test"), consultationId: open });
    }
    await tx.insert(follows).values([
      { userId: user("mieszkaniec@demo.test"), areaSlug: "seniors" },
      { userId: user("agnieszka.lewandowska@demo.test"), areaSlug: "health" },
    ]);
    await recordAudit(tx, {
      actor: null,
      action: "seed.participation",
      entityType: "database",
      entityId: "participation",
      after: { meetings: rows.length, survey: !!open },
    });
  });
}
