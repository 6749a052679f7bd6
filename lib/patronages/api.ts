import type { grantedPatronage } from "./queries";

type PublicPatronage = NonNullable<Awaited<ReturnType<typeof grantedPatronage>>>;

/** One granted patronage in the open data: the event, its organiser as named in the application, dates, place; nobody's personal data. */
export function patronageToApi(p: PublicPatronage) {
  return {
    id: p.id,
    type: p.requestType,
    event: p.eventName,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    place: p.place,
    organizer: p.organizer,
    scope: p.scope,
    grantedAt: p.decidedAt?.toISOString() ?? null,
  };
}
