"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextArea } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { idleForm } from "@/lib/forms/result";
import { decideReportAction } from "../actions";

/** Accept, or return with remarks: one form, the pressed button names the decision. */
export function DecisionForm({ contractId, reportId, final }: { contractId: string; reportId: string; final: boolean }) {
  const t = useTranslations("reports.decide");
  const [state, action, pending] = useActionState(decideReportAction, idleForm);
  return (
    <form noValidate action={action} className="mb-10 max-w-2xl" aria-labelledby="decide-h">
      <h2 id="decide-h" className="mb-3 text-2xl font-bold">
        {t("heading")}
      </h2>
      <ErrorSummary state={state} labels={{ remarks: t("remarks") }} namespace="reports.errors" />
      {final && <p className="mb-4">{t("finalHint")}</p>}
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="contractId" value={contractId} />
      <TextArea name="remarks" label={t("remarks")} hint={t("remarksHint")} state={state} namespace="reports.errors" />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="accept"
          disabled={pending}
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
        >
          {t("accept")}
        </button>
        <button
          type="submit"
          name="decision"
          value="return"
          disabled={pending}
          className="rounded border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70"
        >
          {t("return")}
        </button>
      </div>
    </form>
  );
}
