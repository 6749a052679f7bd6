/**
 * iCalendar (RFC 5545) for one meeting, written by `ical-generator`: CRLF line endings, times in
 * UTC "Z" form (Warsaw wall-clock times are stored as instants), text values escaped (backslash,
 * semicolon, comma, newline) and lines folded at 75 octets without splitting a character.
 */
import ical, { ICalCalendarMethod } from "ical-generator";

export interface IcsEvent {
  uid: string;
  summary: string;
  location: string;
  description?: string;
  url?: string;
  startsAt: Date;
  endsAt: Date;
  stamp: Date;
}

export function meetingIcs(event: IcsEvent): string {
  const calendar = ical({ prodId: { company: "Wspolnie", product: "Bialystok", language: "PL" }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: event.uid,
    summary: event.summary,
    location: event.location,
    description: event.description,
    url: event.url,
    start: event.startsAt,
    end: event.endsAt,
    stamp: event.stamp,
  });
  // The library leaves out the CRLF that ends the last content line (RFC 5545 §3.1 requires it).
  return `${calendar.toString()}\r\n`;
}

/**
 * A calendar of many events (the public feeds `/feeds/events.ics` and `/feeds/deadlines.ics`), written
 * the same way as one meeting's file; an event without an end is a moment (a deadline).
 */
export function calendarIcs(name: string, events: readonly (Omit<IcsEvent, "endsAt"> & { endsAt?: Date })[]): string {
  const calendar = ical({
    name,
    prodId: { company: "Wspolnie", product: "Bialystok", language: "PL" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      summary: event.summary,
      location: event.location || undefined,
      description: event.description,
      url: event.url,
      start: event.startsAt,
      end: event.endsAt,
      stamp: event.stamp,
    });
  }
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
