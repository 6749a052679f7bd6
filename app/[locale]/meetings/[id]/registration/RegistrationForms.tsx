"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { cancelAction, registerAction } from "./actions";

export function RegisterForm({
  meetingId,
  full,
  organizations = [],
}: {
  meetingId: string;
  full: boolean;
  /** a representative's organizations: the registration may be on behalf of one of them */
  organizations?: { id: string; name: string }[];
}) {
  const t = useTranslations("participation.registration");
  const e = useTranslations("centreEvents.forms");
  const [state, action] = useActionState(registerAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {state.message === "waiting" ? t("nowWaiting") : t("nowRegistered")}
      </p>
    );
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace="participation.errors" />
      <input type="hidden" name="meetingId" value={meetingId} />
      {organizations.length > 0 && (
        <Select
          name="organizationId"
          label={e("onBehalf")}
          hint={e("onBehalfHint")}
          state={state}
          namespace="participation.errors"
          options={[{ value: "", label: e("onlyMyself") }, ...organizations.map((o) => ({ value: o.id, label: o.name }))]}
        />
      )}
      <SubmitButton>{full ? t("joinWaitingList") : t("register")}</SubmitButton>
    </form>
  );
}

export function CancelForm({ meetingId, waiting }: { meetingId: string; waiting: boolean }) {
  const t = useTranslations("participation.registration");
  const [state, action] = useActionState(cancelAction, idleForm);
  if (state.status === "success")
    return (
      <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4 font-semibold">
        {t("cancelled")}
      </p>
    );
  return (
    <form noValidate action={action}>
      <ErrorSummary state={state} labels={{}} namespace="participation.errors" />
      <input type="hidden" name="meetingId" value={meetingId} />
      <SubmitButton variant="danger">{waiting ? t("leaveWaitingList") : t("cancel")}</SubmitButton>
    </form>
  );
}
