import { eq } from "drizzle-orm";
import { meetingRegistrations } from "@/lib/db/schema/meetings";
import { createMeeting, markAttendance, registerForMeeting } from "@/lib/meetings/commands";
import { must, type StoryContext } from "./run";
import { CENTRE } from "./participation";

/**
 * The Centre's trainings and the NGO forum (issue 17), run by Centre staff: a training three weeks
 * ago with its attendance marked (so its participants have certificates), a training in two weeks
 * with a registration deadline, and the Białystok NGO Forum next month. Representatives register on
 * behalf of their organizations, so the yearly statistics count organizations. Dated from today.
 */
export async function seedCentreEvents(ctx: StoryContext) {
  const { clock } = ctx;
  const staff = await ctx.as("centrum@demo.test");
  const create = async (input: Record<string, string>) => must(`event ${input.title}`, await createMeeting(ctx.db, staff, input)).id;
  /** a representative registers on behalf of their first organization; a resident for themself */
  const register = async (meetingId: string, email: string, at: Date) => {
    const person = await ctx.as(email);
    const [organizationId] = person.organizations.keys();
    must("a registration", await registerForMeeting(ctx.db, person, { meetingId, organizationId: organizationId ?? "" }, at));
  };

  const settlement = await create({
    kind: "training",
    title: "Jak rozliczyć dotację – sprawozdanie z realizacji zadania publicznego",
    description:
      "Sprawozdanie końcowe krok po kroku: rezultaty i ich mierniki, zestawienie kosztów, przesunięcia między pozycjami kosztorysu, dokumenty księgowe i najczęstsze błędy. Ćwiczenia na przykładowym sprawozdaniu.",
    organizer: "Anna Sokołowska, trenerka (finanse organizacji pozarządowych)",
    topicArea: "Finanse i rozliczanie dotacji",
    audience: "Osoby rozliczające dotacje w organizacjach: zarządy, księgowe i koordynatorzy projektów",
    place: `${CENTRE}, sala szkoleniowa`,
    startsAt: `${clock.day(-21)}T10:00`,
    endsAt: `${clock.day(-21)}T14:00`,
    capacity: "20",
    registrationDeadline: `${clock.day(-23)}T16:00`,
  });
  const pastParticipants = [
    "ngo@demo.test",
    "ngo2@demo.test",
    "barbara.sadowska@demo.test",
    "pawel.szymanski@demo.test",
    "monika.jablonska@demo.test",
    "karolina.wieczorek@demo.test",
    "mieszkaniec@demo.test",
  ];
  for (const [i, email] of pastParticipants.entries()) await register(settlement, email, clock.at(-35 + i, "09:30"));
  const seats = await ctx.db.select().from(meetingRegistrations).where(eq(meetingRegistrations.meetingId, settlement));
  const absent = new Set([(await ctx.as("karolina.wieczorek@demo.test")).userId]);
  for (const seat of seats)
    must(
      "attendance",
      await markAttendance(
        ctx.db,
        staff,
        { registrationId: seat.id, attendance: absent.has(seat.userId) ? "absent" : "present" },
        clock.at(-21, "10:15"),
      ),
    );

  const fundraising = await create({
    kind: "training",
    title: "Pozyskiwanie funduszy z 1,5% podatku",
    description:
      "Jak organizacja pożytku publicznego zachęca do przekazania 1,5% podatku: kampania, materiały, współpraca z lokalnymi mediami i rozliczenie zebranych środków.",
    organizer: "Tomasz Borkowski, doradca ds. fundraisingu",
    topicArea: "Pozyskiwanie funduszy",
    audience: "Organizacje pożytku publicznego i te, które chcą uzyskać ten status",
    place: `${CENTRE}, sala szkoleniowa`,
    startsAt: `${clock.day(14)}T10:00`,
    endsAt: `${clock.day(14)}T13:00`,
    capacity: "24",
    registrationDeadline: `${clock.day(12)}T16:00`,
  });
  for (const [i, email] of [
    "agnieszka.lewandowska@demo.test",
    "ngo@demo.test",
    "lukasz.mazur@demo.test",
    "dorota.krajewska@demo.test",
  ].entries())
    await register(fundraising, email, clock.at(-4 + i, "11:00"));

  const forum = await create({
    kind: "ngo_forum",
    title: "Białostockie Forum Organizacji Pozarządowych",
    description:
      "Forum odbywa się co dwa lata. Podsumowanie współpracy miasta z organizacjami, panele o programie współpracy i o infrastrukturze dla organizacji, wybór przedstawicieli do Rady Działalności Pożytku Publicznego, targi organizacji.",
    organizer: "Centrum Współpracy Organizacji Pozarządowych i Biuro Pełnomocnika Prezydenta ds. Organizacji Pozarządowych",
    topicArea: "Współpraca miasta z organizacjami",
    audience: "Przedstawiciele organizacji pozarządowych, mieszkańcy, urzędnicy",
    place: "Urząd Miejski w Białymstoku, ul. Słonimska 1, sala sesyjna",
    startsAt: `${clock.day(30)}T09:00`,
    endsAt: `${clock.day(30)}T15:00`,
    capacity: "150",
  });
  for (const [i, email] of [
    "ngo@demo.test",
    "ngo2@demo.test",
    "agnieszka.lewandowska@demo.test",
    "michal.wojciechowski@demo.test",
    "joanna.kozlowska@demo.test",
    "adam.nowicki@demo.test",
    "kamil.rutkowski@demo.test",
    "mieszkaniec@demo.test",
  ].entries())
    await register(forum, email, clock.at(-10 + i, "12:00"));

  return { settlement, fundraising, forum };
}
