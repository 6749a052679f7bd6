import type centreRooms from "@/messages/centre-rooms.pl.json";
import type advice from "@/messages/advice.pl.json";
import type premises from "@/messages/premises.pl.json";
import type news from "@/messages/news.pl.json";
import type patronages from "@/messages/patronages.pl.json";
import type competitions from "@/messages/competitions.pl.json";
import type consultations from "@/messages/consultations.pl.json";
import type contracts from "@/messages/contracts.pl.json";
import type organizationsManage from "@/messages/organizations-manage.pl.json";
import type participation from "@/messages/participation.pl.json";
import type core from "@/messages/pl.json";
import type privacy from "@/messages/privacy.pl.json";
import type reports from "@/messages/reports.pl.json";
import type scoring from "@/messages/scoring.pl.json";
import type smallGrants from "@/messages/small-grants.pl.json";
import type volunteering from "@/messages/volunteering.pl.json";
import type programmes from "@/messages/programmes.pl.json";
import type awards from "@/messages/awards.pl.json";

/**
 * Every key a refusal may carry (`formError`, field errors): the shared `errors` namespace and each
 * module's own error texts. A form shows the key from its module's namespace first, then the
 * shared one (components/forms/ErrorSummary.tsx), so a key only has to exist in one of them.
 * Polish is the reference; the message tests keep English in step.
 */
export type ErrorKey = Exclude<
  | keyof typeof core.errors
  | keyof typeof centreRooms.centreRooms.errors
  | keyof typeof competitions.competitionErrors
  | keyof typeof competitions.offerErrors
  | keyof typeof consultations.consultations.errors
  | keyof typeof contracts.contracts.errors
  | keyof typeof organizationsManage.orgManageErrors
  | keyof typeof participation.participation.errors
  | keyof typeof privacy.privacy.errors
  | keyof typeof reports.reports.errors
  | keyof typeof scoring.scoringErrors
  | keyof typeof smallGrants.smallGrants.errors
  | keyof typeof advice.advice.errors
  | keyof typeof premises.premises.errors
  | keyof typeof news.news.errors
  | keyof typeof patronages.patronages.errors
  | keyof typeof patronages.promotion.errors
  | keyof typeof volunteering.volunteering.errors
  | keyof typeof programmes.programmes.errors
  | keyof typeof awards.awards.errors,
  "summaryTitle"
>;
