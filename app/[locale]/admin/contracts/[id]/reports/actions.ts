"use server";

import { formAction, formValues, withClock } from "@/lib/forms/action";
import { decideReport, recordReturnPayment, requestPartialReport, settleTermination } from "@/lib/reports/commands";

/** Accept or return a submitted report (the button pressed names the decision); the page then shows the outcome. */
export const decideReportAction = formAction(withClock(decideReport), {
  input: formValues,
  redirect: (decided, input) => ({
    pathname: `/admin/contracts/${input.contractId}/reports/${input.reportId}`,
    query: { decided: decided.decision },
  }),
});

/** A payment of one return; the form names its contract for the way back. */
export const recordReturnPaymentAction = formAction(withClock(recordReturnPayment), {
  redirect: (_, input) => ({ pathname: `/admin/contracts/${input.contractId}/reports`, query: { returnRecorded: "1" } }),
});

/** "When the contract asks": a partial report over the period up to a date. */
export const requestPartialReportAction = formAction(withClock(requestPartialReport), {
  redirect: (_, input) => ({ pathname: `/admin/contracts/${input.contractId}/reports`, query: { requested: "1" } }),
});

/** The settlement on termination; the page then shows the return with its due date. */
export const settleTerminationAction = formAction(withClock(settleTermination), {
  redirect: (_, input) => ({ pathname: `/admin/contracts/${input.contractId}/reports`, query: { terminationSettled: "1" } }),
});
