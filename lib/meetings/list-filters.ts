import { allValid, oneOfField, yearField, type ListFilterSpec } from "@/lib/http/list-filters";
import { meetingKinds, type MeetingKind } from "./rules";

/*
 * The public list of meetings, trainings and events (cached per combination:
 * lib/http/list-filters.ts): `/meetings?type=training&year=2026` is served from
 * `/meetings/list/type=training&year=2026`; an unknown type or year is a 404. Pure.
 */
export interface MeetingListFilters {
  type?: MeetingKind;
  year?: number;
}

export const meetingListFilters: ListFilterSpec<MeetingListFilters> = {
  parse: (query, now) =>
    allValid<MeetingListFilters>({
      type: oneOfField(query.get("type"), meetingKinds),
      year: yearField(query.get("year"), now),
    }),
  toQuery: (f) => ({ type: f.type, year: f.year }),
};
