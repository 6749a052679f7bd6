import { createTranslator } from "next-intl";
import coreEn from "@/messages/en.json";
import corePl from "@/messages/pl.json";
import scoringEn from "@/messages/scoring.en.json";
import scoringPl from "@/messages/scoring.pl.json";
import participationEn from "@/messages/participation.en.json";
import participationPl from "@/messages/participation.pl.json";
import competitionsEn from "@/messages/competitions.en.json";
import competitionsPl from "@/messages/competitions.pl.json";
import orgManageEn from "@/messages/organizations-manage.en.json";
import orgManagePl from "@/messages/organizations-manage.pl.json";
import consultationsEn from "@/messages/consultations.en.json";
import consultationsPl from "@/messages/consultations.pl.json";
import reportsEn from "@/messages/reports.en.json";
import reportsPl from "@/messages/reports.pl.json";
import smallGrantsEn from "@/messages/small-grants.en.json";
import smallGrantsPl from "@/messages/small-grants.pl.json";
import contractsEn from "@/messages/contracts.en.json";
import contractsPl from "@/messages/contracts.pl.json";
import jobsEn from "@/messages/jobs.en.json";
import jobsPl from "@/messages/jobs.pl.json";
import privacyEn from "@/messages/privacy.en.json";
import privacyPl from "@/messages/privacy.pl.json";
import todoEn from "@/messages/todo.en.json";
import todoPl from "@/messages/todo.pl.json";
import auditEn from "@/messages/audit.en.json";
import auditPl from "@/messages/audit.pl.json";
import centreRoomsEn from "@/messages/centre-rooms.en.json";
import centreRoomsPl from "@/messages/centre-rooms.pl.json";
import centreEventsEn from "@/messages/centre-events.en.json";
import centreEventsPl from "@/messages/centre-events.pl.json";
import adviceEn from "@/messages/advice.en.json";
import advicePl from "@/messages/advice.pl.json";
import premisesEn from "@/messages/premises.en.json";
import premisesPl from "@/messages/premises.pl.json";
import newsEn from "@/messages/news.en.json";
import newsPl from "@/messages/news.pl.json";
import patronagesEn from "@/messages/patronages.en.json";
import patronagesPl from "@/messages/patronages.pl.json";
import volunteeringEn from "@/messages/volunteering.en.json";
import volunteeringPl from "@/messages/volunteering.pl.json";
import programmesEn from "@/messages/programmes.en.json";
import programmesPl from "@/messages/programmes.pl.json";
import awardsEn from "@/messages/awards.en.json";
import awardsPl from "@/messages/awards.pl.json";
import type { Locale } from "./routing";

/*
 * Each domain module keeps its texts in messages/<module>.<locale>.json under its own top-level
 * namespace and is listed here once, so modules never edit each other's files.
 */
const modules = {
  pl: [
    corePl,
    competitionsPl,
    scoringPl,
    participationPl,
    orgManagePl,
    consultationsPl,
    reportsPl,
    smallGrantsPl,
    contractsPl,
    jobsPl,
    privacyPl,
    todoPl,
    auditPl,
    centreRoomsPl,
    centreEventsPl,
    advicePl,
    premisesPl,
    newsPl,
    patronagesPl,
    volunteeringPl,
    programmesPl,
    awardsPl,
  ],
  en: [
    coreEn,
    competitionsEn,
    scoringEn,
    participationEn,
    orgManageEn,
    consultationsEn,
    reportsEn,
    smallGrantsEn,
    contractsEn,
    jobsEn,
    privacyEn,
    todoEn,
    auditEn,
    centreRoomsEn,
    centreEventsEn,
    adviceEn,
    premisesEn,
    newsEn,
    patronagesEn,
    volunteeringEn,
    programmesEn,
    awardsEn,
  ],
} satisfies Record<Locale, object[]>;

/** Every module's texts in one object (Polish is the reference shape; the tests keep English in step). */
export type Messages = typeof corePl &
  typeof competitionsPl &
  typeof scoringPl &
  typeof participationPl &
  typeof orgManagePl &
  typeof consultationsPl &
  typeof reportsPl &
  typeof smallGrantsPl &
  typeof contractsPl &
  typeof privacyPl &
  typeof todoPl &
  typeof auditPl &
  typeof centreRoomsPl &
  typeof centreEventsPl &
  typeof advicePl &
  typeof premisesPl &
  typeof newsPl &
  typeof patronagesPl &
  typeof volunteeringPl &
  typeof programmesPl &
  typeof awardsPl;

function merge(parts: object[]): Messages {
  return Object.assign({}, ...parts);
}

export const messagesByLocale = { pl: merge(modules.pl), en: merge(modules.en) } as const;

/** A translator outside React (mail, CSV headers): its keys are checked by type against the Polish texts. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}

export type Translate = ReturnType<typeof translator>;
