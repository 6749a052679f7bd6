"use server";

import { ForbiddenError } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { echoValues, type FormState } from "@/lib/forms/result";
import { redirect } from "@/lib/i18n/navigation";
import { decideReport } from "@/lib/reports/decide";
import { recordReturn } from "@/lib/reports/returns";
import { requestPartialReport } from "@/lib/reports/request";

const localeOf = (formData: FormData) => (formData.get("locale") === "en" ? "en" : "pl");

async function guarded(formData: FormData, run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ForbiddenError) return { status: "error", formError: "forbidden", values: echoValues(formData) };
    throw error;
  }
}

/** Accept or return a submitted report (the button pressed names the decision). */
export async function decideReportAction(_: FormState, formData: FormData): Promise<FormState> {
  return guarded(formData, async () => {
    const result = await decideReport(
      await getDb(),
      await currentPrincipal(),
      { reportId: formData.get("reportId"), decision: formData.get("decision"), remarks: formData.get("remarks") ?? "" },
      new Date(),
    );
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
    // the page shows the outcome (the form itself is gone once the report is decided)
    redirect({
      href: `/admin/contracts/${formData.get("contractId")}/reports/${formData.get("reportId")}?decided=${result.value.decision}`,
      locale: localeOf(formData),
    });
    return { status: "success" };
  });
}

export async function recordReturnAction(_: FormState, formData: FormData): Promise<FormState> {
  return guarded(formData, async () => {
    const result = await recordReturn(await getDb(), await currentPrincipal(), {
      contractId: formData.get("contractId"),
      paidOn: formData.get("paidOn"),
      amount: formData.get("amount"),
    });
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
    redirect({ href: `/admin/contracts/${formData.get("contractId")}/reports?returnRecorded=1`, locale: localeOf(formData) });
    return { status: "success" };
  });
}

/** "When the contract asks": a partial report over the period up to a date. */
export async function requestPartialReportAction(_: FormState, formData: FormData): Promise<FormState> {
  return guarded(formData, async () => {
    const input = { contractId: formData.get("contractId"), periodEnd: formData.get("periodEnd"), dueDate: formData.get("dueDate") };
    const result = await requestPartialReport(await getDb(), await currentPrincipal(), input, new Date());
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: echoValues(formData) };
    redirect({ href: `/admin/contracts/${formData.get("contractId")}/reports?requested=1`, locale: localeOf(formData) });
    return { status: "success" };
  });
}
