import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open";
import { consultationComments, consultationParagraphs, consultations } from "@/lib/db/schema";
import { meetingRegistrations, meetings } from "@/lib/db/schema/meetings";
import { splitParagraphs } from "@/lib/consultations/rules";
import { demoId } from "./demo";

/*
 * Demo records of their own for the Playwright journeys of consultations and meetings (two
 * workers share one demo database, so a journey that changes data uses records no other journey
 * touches): an open consultation with a long thread (45 comments, three pages), two closed ones
 * whose comments wait for answers, a reply hidden by a moderator, and two upcoming meetings, one of them full.
 * Seeded after the participation seeder, so the demo survey keeps hanging on the 2027 programme.
 * Idempotent: the marker is the long thread's consultation.
 */
const DAY = 86_400_000;
const user = (email: string) => demoId("user", email);
export const LONG_THREAD_ID = demoId("consultation", "journeys-long-thread");
const CLOSED_IDS = [demoId("consultation", "journeys-closed-a"), demoId("consultation", "journeys-closed-b")];
const CENTRE = "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1, 15-082 Białystok";
const authors = [
  "ngo2@demo.test",
  "agnieszka.lewandowska@demo.test",
  "tomasz.malinowski@demo.test",
  "ewa.kaminska@demo.test",
  "robert.dabrowski@demo.test",
];

export async function seedConsultationJourneys(db: Db, now = new Date()) {
  const [marker] = await db.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, LONG_THREAD_ID));
  if (marker) return;
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const common = {
    department: "Biuro Pełnomocnika Prezydenta ds. Współpracy z Organizacjami Pozarządowymi",
    territorialScope: "Miasto Białystok",
    resultsPublication: "Raport z konsultacji na platformie Wspólnie",
    audience: "both" as const,
    forms: ["online_comments" as const],
    createdBy: user("admin@demo.test"),
  };
  const draft = "**§ 1. Cel.** Zasady zgłaszania i wyboru projektów.\n\n**§ 2. Głosowanie.** Głosować mogą mieszkańcy Białegostoku.";
  await db.transaction(async (tx) => {
    await tx.insert(consultations).values([
      {
        id: LONG_THREAD_ID,
        ...common,
        title: "Zasady Budżetu Obywatelskiego na 2027 rok",
        subject: "Projekt regulaminu Budżetu Obywatelskiego.",
        purpose: "Zebranie opinii o zasadach zgłaszania projektów.",
        status: "open",
        startsAt: at(-15),
        endsAt: at(15),
        draftMarkdown: draft,
        tags: ["budżet obywatelski"],
        createdAt: at(-20),
      },
      {
        id: CLOSED_IDS[0],
        ...common,
        title: "Regulamin sal Centrum Współpracy",
        subject: "Projekt regulaminu korzystania z sal.",
        purpose: "Zebranie opinii użytkowników sal.",
        status: "closed",
        startsAt: at(-40),
        endsAt: at(-10),
        closedAt: at(-10),
        draftMarkdown: draft,
        createdAt: at(-45),
      },
      {
        id: CLOSED_IDS[1],
        ...common,
        title: "Zasady patronatu honorowego Prezydenta",
        subject: "Projekt zarządzenia w sprawie patronatu honorowego.",
        purpose: "Zebranie opinii organizacji.",
        status: "closed",
        startsAt: at(-40),
        endsAt: at(-10),
        closedAt: at(-10),
        draftMarkdown: draft,
        createdAt: at(-45),
      },
    ]);
    for (const id of [LONG_THREAD_ID, ...CLOSED_IDS])
      await tx.insert(consultationParagraphs).values(splitParagraphs(draft).map((p) => ({ consultationId: id, ...p })));
    // 45 top-level comments an hour apart: the newest first page ends at number 26.
    await tx.insert(consultationComments).values(
      Array.from({ length: 45 }, (_, i) => ({
        id: demoId("consultation-comment", `journeys-long-${i + 1}`),
        consultationId: LONG_THREAD_ID,
        authorId: user(authors[i % authors.length]),
        paragraphNumber: i % 3 === 2 ? null : (i % 2) + 1,
        body: `Uwaga w długim wątku nr ${i + 1}: proszę doprecyzować zasady.`,
        createdAt: new Date(at(-14).getTime() + i * 3_600_000),
      })),
    );
    // A reply a moderator hid (the journey restores it from the moderation queue).
    const first = demoId("consultation-comment", "journeys-long-1");
    await tx.insert(consultationComments).values({
      id: demoId("consultation-comment", "journeys-long-hidden"),
      consultationId: LONG_THREAD_ID,
      parentId: first,
      depth: 1,
      paragraphNumber: 1,
      authorId: user("michal.wojciechowski@demo.test"),
      body: "Odpowiedź ukryta przez moderatora w długim wątku.",
      moderation: "hidden",
      moderationReason: "Sprawdzenie zgłoszenia",
      createdAt: at(-13),
    });
    await tx.update(consultationComments).set({ replyCount: 1 }).where(eq(consultationComments.id, first));
    for (const [n, id] of CLOSED_IDS.entries())
      await tx.insert(consultationComments).values(
        ["ngo2@demo.test", "agnieszka.lewandowska@demo.test"].map((email, i) => ({
          id: demoId("consultation-comment", `journeys-closed-${n}-${i}`),
          consultationId: id,
          authorId: user(email),
          paragraphNumber: i + 1,
          body: `Uwaga ${i + 1} do zakończonych konsultacji ${n === 0 ? "A" : "B"}.`,
          createdAt: at(-20 + i),
        })),
      );

    const soon = (days: number, hour: number) =>
      new Date(Date.UTC(at(days).getUTCFullYear(), at(days).getUTCMonth(), at(days).getUTCDate(), hour));
    await tx.insert(meetings).values([
      {
        id: demoId("meeting", "journeys-full"),
        kind: "workshop",
        title: "Warsztat: dostępność wydarzeń (komplet)",
        description: "Jedno miejsce; zajęte.",
        place: CENTRE,
        startsAt: soon(40, 16),
        endsAt: soon(40, 18),
        capacity: 1,
        createdBy: user("admin@demo.test"),
      },
      {
        id: demoId("meeting", "journeys-free"),
        kind: "open_meeting",
        title: "Spotkanie otwarte: zasady Budżetu Obywatelskiego",
        description: "Wolne miejsca.",
        place: CENTRE,
        startsAt: soon(41, 16),
        endsAt: soon(41, 18),
        capacity: 30,
        consultationId: LONG_THREAD_ID,
        createdBy: user("admin@demo.test"),
      },
    ]);
    await tx
      .insert(meetingRegistrations)
      .values({ meetingId: demoId("meeting", "journeys-full"), userId: user("ngo2@demo.test"), status: "registered", createdAt: at(-1) });
  });
}
