import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import { updateUser } from "@/lib/accounts/admin";
import type { Principal } from "@/lib/auth/permissions";
import { getPublicCompetition } from "@/lib/competitions/queries";
import { postComment, moderateComment } from "@/lib/consultations/commands";
import { requestAmendment } from "@/lib/contracts/amendments";
import { createContractFromOffer, sendContract, signContract, terminateContract, uploadScan } from "@/lib/contracts/commands";
import { contractView } from "@/lib/contracts/queries";
import { removeTranche } from "@/lib/contracts/tranches";
import { decideGrant, publishResults } from "@/lib/decisions/commands";
import { publishMinutes, registerForMeeting } from "@/lib/meetings/commands";
import { unfollow } from "@/lib/notifications/follows";
import { submitOffer, withdrawOffer } from "@/lib/offers/commands";
import { addOfferPartner } from "@/lib/offers/partners";
import { getOffer } from "@/lib/offers/queries";
import { updateOrganizationProfile } from "@/lib/organizations/commands";
import { changeMember, inviteMember, respondToInvitation } from "@/lib/organizations/membership";
import { verifyOrganization } from "@/lib/organizations/verification";
import { saveReportDraft, decideReport, recordReturnPayment } from "@/lib/reports/commands";
import { reviewOffer } from "@/lib/review/commands";
import { closeScoring, submitScores } from "@/lib/scoring/commands";
import { appointMember } from "@/lib/scoring/commission";
import { publishSmallGrant } from "@/lib/small-grants/review";
import { answerSurvey, removeQuestion } from "@/lib/surveys/commands";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser } from "@/tests/factories";

/*
 * Ids come from outside (URLs, hidden fields, JSON): a malformed one is the "notFound" refusal of the
 * command, never a database error ("invalid input syntax for type uuid") and so never a 500.
 */
const malformed = ["------------------------------------", "not-a-uuid"];
const notFound = { ok: false, formError: "notFound" };
const ctx = { locale: "pl" as const };

/** Each command's answer by name (a thrown error too), so one run shows every command that does not refuse. */
async function answers(calls: Record<string, () => Promise<unknown>>) {
  const out: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(calls)) out[name] = await call().catch((error: Error) => `${error.name}: ${error.message}`);
  return out;
}
const allNotFound = (calls: Record<string, unknown>) => Object.fromEntries(Object.keys(calls).map((name) => [name, notFound]));

let t: TestDatabase;
let admin: Principal;
let resident: Principal;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
  resident = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
}, 60_000);
afterAll(() => t?.close());

describe.each(malformed)("a malformed id %j", (bad) => {
  it("is 'notFound' for the administrator's commands", async () => {
    const db = t.db;
    const calls = {
      createContractFromOffer: () => createContractFromOffer(db, admin, { offerId: bad }),
      sendContract: () => sendContract(db, admin, { contractId: bad }),
      signContract: () => signContract(db, admin, { contractId: bad, side: "city", signedOn: "2026-01-02", signatory: "Jan Kowalski" }),
      terminateContract: () => terminateContract(db, admin, { contractId: bad, reason: "Powód dłuższy niż dziesięć znaków" }),
      uploadScan: () => uploadScan(db, admin, { contractId: bad, scan: null }),
      removeTranche: () => removeTranche(db, admin, { trancheId: bad }),
      decideReport: () => decideReport(db, admin, { reportId: bad, decision: "accept" }),
      recordReturnPayment: () => recordReturnPayment(db, admin, { returnId: bad, paidOn: "2026-01-02", amount: "10" }),
      decideGrant: () => decideGrant(db, admin, { competitionId: bad, offerId: bad, amount: "100" }),
      publishResults: () => publishResults(db, admin, { competitionId: bad }),
      reviewOffer: () => reviewOffer(db, admin, { offerId: bad }),
      appointMember: () => appointMember(db, admin, { competitionId: bad, email: "a@example.test", role: "member" }),
      verifyOrganization: () => verifyOrganization(db, admin, { organizationId: bad }, ctx),
      publishMinutes: () => publishMinutes(db, admin, { meetingId: bad, minutes: "Protokół" }),
      moderateComment: () => moderateComment(db, admin, { commentId: bad, decision: "hide", reason: "spam" }),
      publishSmallGrant: () => publishSmallGrant(db, admin, { smallGrantId: bad }),
      removeQuestion: () => removeQuestion(db, admin, { questionId: bad }),
      updateUser: () => updateUser(db, admin, { userId: bad, isAdmin: "true" }),
    };
    expect(await answers(calls)).toEqual(allNotFound(calls));
  });

  it("is 'notFound' for the commands of residents and representatives", async () => {
    const db = t.db;
    const calls = {
      submitOffer: () => submitOffer(db, resident, { offerId: bad }),
      withdrawOffer: () => withdrawOffer(db, resident, { offerId: bad }),
      addOfferPartner: () => addOfferPartner(db, resident, { offerId: bad, registry: "0000123456" }),
      saveReportDraft: () => saveReportDraft(db, resident, { reportId: bad, content: {} }),
      requestAmendment: () => requestAmendment(db, resident, { contractId: bad, justification: "Uzasadnienie zmiany umowy" }),
      postComment: () => postComment(db, resident, { consultationId: bad, body: "Uwaga" }),
      registerForMeeting: () => registerForMeeting(db, resident, { meetingId: bad }),
      unfollow: () => unfollow(db, resident, { followId: bad }),
      answerSurvey: () => answerSurvey(db, resident, bad, {}),
      respondToInvitation: () => respondToInvitation(db, resident, { invitationId: bad, decision: "accept" }),
      inviteMember: () => inviteMember(db, resident, { organizationId: bad, email: "b@example.test", role: "editor" }, ctx),
      changeMember: () => changeMember(db, resident, { organizationId: bad, userId: resident.userId, action: "remove" }),
      updateOrganizationProfile: () => updateOrganizationProfile(db, resident, { organizationId: bad }),
      closeScoring: () => closeScoring(db, resident, { competitionId: bad }),
      submitScores: () => submitScores(db, resident, { competitionId: bad, offerId: bad }),
    };
    expect(await answers(calls)).toEqual(allNotFound(calls));
  });

  it("is nothing for the queries pages read", async () => {
    expect(await getPublicCompetition(t.db, bad)).toBeNull();
    expect(await getOffer(t.db, resident, bad)).toBeNull();
    expect(await contractView(t.db, admin, bad)).toBeFalsy();
  });
});
