import { createMeeting, publishMinutes, registerForMeeting } from "@/lib/meetings/commands";
import { follow } from "@/lib/notifications/follows";
import { addQuestion, answerSurvey, saveSurvey } from "@/lib/surveys/commands";
import { must, type StoryContext } from "./run";

export const CENTRE = "Centrum Współpracy Organizacji Pozarządowych, ul. Świętojańska 22/1, 15-082 Białystok";

export interface MeetingPlan {
  kind: "citizens_breakfast" | "citizens_cafe" | "open_meeting" | "workshop" | "citizens_jury";
  title: string;
  description: string;
  place?: string;
  /** Warsaw date and times */
  day: string;
  from: string;
  to: string;
  capacity: number;
  consultationId?: string | null;
  /** who takes a seat (or joins the waiting list) and when */
  registrations?: [email: string, at: Date][];
  minutes?: [text: string, at: Date];
}

/** The administrator creates a meeting; people register before it starts; the minutes follow it. */
export async function runMeeting(ctx: StoryContext, plan: MeetingPlan) {
  const admin = await ctx.as("admin@demo.test");
  const { id } = must(
    `meeting ${plan.title}`,
    await createMeeting(ctx.db, admin, {
      kind: plan.kind,
      title: plan.title,
      description: plan.description,
      place: plan.place ?? CENTRE,
      startsAt: `${plan.day}T${plan.from}`,
      endsAt: `${plan.day}T${plan.to}`,
      capacity: String(plan.capacity),
      consultationId: plan.consultationId ?? "",
    }),
  );
  for (const [email, at] of plan.registrations ?? [])
    must("a registration", await registerForMeeting(ctx.db, await ctx.as(email), { meetingId: id }, at));
  if (plan.minutes) must("the minutes", await publishMinutes(ctx.db, admin, { meetingId: id, minutes: plan.minutes[0] }, plan.minutes[1]));
  return id;
}

/**
 * Meetings (two past ones with minutes, an open meeting of the consultation next week, a small
 * workshop with one seat left, a citizens' jury next month), the survey of the open consultation with
 * a few answers, and what two residents follow. Dated from today.
 */
export async function seedParticipation(ctx: StoryContext, consultations: { open: string }) {
  const { clock } = ctx;
  const year = clock.year + 1;
  const breakfast = await runMeeting(ctx, {
    kind: "citizens_breakfast",
    title: `Śniadanie Obywatelskie: program współpracy ${year}`,
    description: `Rozmowa przy kawie o priorytetach rocznego programu współpracy miasta z organizacjami na ${year} rok.`,
    day: clock.day(-49),
    from: "09:00",
    to: "11:00",
    capacity: 30,
    consultationId: consultations.open,
    registrations: [
      ["ngo@demo.test", clock.at(-65, "10:00")],
      ["ngo2@demo.test", clock.at(-64, "10:00")],
      ["agnieszka.lewandowska@demo.test", clock.at(-63, "10:00")],
    ],
    minutes: [
      `Uczestnicy (18 osób, w tym przedstawiciele 12 organizacji) zgłosili 9 propozycji do programu współpracy na ${year} rok.\n\nNajczęściej wskazywane priorytety: wsparcie seniorów, edukacja ekologiczna, wolontariat młodzieży.\n\nWszystkie propozycje przekazano do Biura Pełnomocnika; odpowiedzi znajdą się w raporcie z konsultacji.`,
      clock.at(-46, "12:00"),
    ],
  });
  await runMeeting(ctx, {
    kind: "citizens_cafe",
    title: "Kawiarenka Obywatelska: wolontariat w sąsiedztwie",
    description: "Spotkanie mieszkańców i organizacji o wolontariacie sąsiedzkim.",
    day: clock.day(-72),
    from: "17:00",
    to: "19:00",
    capacity: 25,
    minutes: [
      "Omówiono potrzeby wolontariuszy na osiedlu i pomysł sąsiedzkiej giełdy czasu. Następne spotkanie za kwartał.",
      clock.at(-68, "10:00"),
    ],
  });
  const openMeeting = await runMeeting(ctx, {
    kind: "open_meeting",
    title: "Spotkanie otwarte w ramach konsultacji",
    description: "Prezentacja projektu i zbieranie uwag na żywo.",
    day: clock.day(6),
    from: "17:00",
    to: "19:00",
    capacity: 40,
    consultationId: consultations.open,
    registrations: [
      ["ngo@demo.test", clock.at(-3, "10:00")],
      ["mieszkaniec@demo.test", clock.at(-2, "18:30")],
    ],
  });
  const workshop = await runMeeting(ctx, {
    kind: "workshop",
    title: "Warsztat: jak napisać ofertę w otwartym konkursie",
    description: "Praktyczne ćwiczenia z kosztorysem i harmonogramem (sekcje III i V formularza oferty). Mała grupa.",
    place: `${CENTRE}, sala 2`,
    day: clock.day(12),
    from: "10:00",
    to: "13:00",
    capacity: 3,
    registrations: [
      ["tomasz.malinowski@demo.test", clock.at(-6, "10:00")],
      ["ewa.kaminska@demo.test", clock.at(-5, "10:00")],
    ],
  });
  await runMeeting(ctx, {
    kind: "citizens_jury",
    title: "Sąd obywatelski: jak oceniać program współpracy",
    description: "Losowo wybrani mieszkańcy wypracowują rekomendacje dla miasta.",
    place: "Urząd Miejski w Białymstoku, ul. Słonimska 1, sala 210",
    day: clock.day(40),
    from: "10:00",
    to: "15:00",
    capacity: 24,
    consultationId: consultations.open,
  });

  const admin = await ctx.as("admin@demo.test");
  const survey = must(
    "the survey",
    await saveSurvey(ctx.db, admin, {
      consultationId: consultations.open,
      intro: "Pięć krótkich pytań. Odpowiedzi są anonimowe w wynikach.",
    }),
  );
  const question = async (q: Record<string, string>) =>
    must("a question", await addQuestion(ctx.db, admin, { surveyId: survey.id, ...q })).id;
  const known = await question({
    kind: "single",
    prompt: "Skąd dowiedziałeś(-aś) się o konsultacjach?",
    options: "Strona internetowa miasta\nMedia społecznościowe\nOd organizacji pozarządowej\nOd znajomych\nInaczej",
    required: "on",
  });
  const topics = await question({
    kind: "multiple",
    prompt: "Które obszary są dla Ciebie najważniejsze?",
    options: "Seniorzy\nDzieci i młodzież\nEkologia\nKultura\nSport",
    required: "on",
  });
  const rating = await question({
    kind: "scale",
    prompt: "Jak oceniasz zrozumiałość projektu?",
    scaleMin: "1",
    scaleMax: "5",
    required: "on",
  });
  const ideas = await question({ kind: "text", prompt: "Co jeszcze chcesz przekazać miastu?" });
  const answers: [string, number, number[], number, string?][] = [
    ["ngo@demo.test", 2, [0, 2], 4, "Więcej spotkań w godzinach popołudniowych."],
    ["ngo2@demo.test", 0, [1, 3], 5],
    ["komisja@demo.test", 1, [0], 3, "Proszę o wersję łatwą do czytania."],
    ["agnieszka.lewandowska@demo.test", 2, [1, 4], 4],
  ];
  for (const [i, [email, k, t, r, text]] of answers.entries())
    must(
      "a survey answer",
      await answerSurvey(
        ctx.db,
        await ctx.as(email),
        consultations.open,
        { [`q-${known}`]: String(k), [`q-${topics}`]: t.map(String), [`q-${rating}`]: String(r), ...(text && { [`q-${ideas}`]: text }) },
        clock.at(-8 + i, "19:00"),
      ),
    );

  const resident = await ctx.as("mieszkaniec@demo.test");
  must("a follow", await follow(ctx.db, resident, { consultationId: consultations.open }));
  must("a follow", await follow(ctx.db, resident, { areaSlug: "seniors" }));
  must("a follow", await follow(ctx.db, await ctx.as("agnieszka.lewandowska@demo.test"), { areaSlug: "health" }));
  return { breakfast, openMeeting, workshop };
}
