import { createTranslator, type AbstractIntlMessages } from "next-intl";
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
import type { Locale } from "./routing";

/*
 * Each domain module keeps its texts in messages/<module>.<locale>.json under its own top-level
 * namespace and is listed here once, so modules never edit each other's files.
 */
const modules = {
  pl: [corePl, competitionsPl, scoringPl, participationPl, orgManagePl, consultationsPl, reportsPl, smallGrantsPl, contractsPl, jobsPl],
  en: [coreEn, competitionsEn, scoringEn, participationEn, orgManageEn, consultationsEn, reportsEn, smallGrantsEn, contractsEn, jobsEn],
} satisfies Record<Locale, object[]>;

function merge(parts: object[]): AbstractIntlMessages {
  return Object.assign({}, ...parts);
}

export const messagesByLocale = { pl: merge(modules.pl), en: merge(modules.en) } as const;

export type Translate = ((key: string, values?: Record<string, string | number | Date>) => string) & {
  has: (key: string) => boolean;
  raw: (key: string) => unknown;
};

/** A translator outside React (mail, CSV headers); keys are checked by the tests, not by types. */
export function translator(locale: Locale): Translate {
  return createTranslator({ locale, messages: messagesByLocale[locale] }) as unknown as Translate;
}
