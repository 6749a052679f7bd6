"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { Field } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { inviteAction } from "./actions";

export function InviteForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("orgManage");
  const [state, action] = useActionState(inviteAction, idleForm);
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary namespace="orgManageErrors" state={state} labels={{ email: t("inviteEmail") }} />
      {state.status === "success" && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-3">
          {t("invited")}
        </p>
      )}
      <input type="hidden" name="organizationId" value={organizationId} />
      <Field
        name="email"
        type="email"
        label={t("inviteEmail")}
        hint={t("inviteEmailHint")}
        state={state}
        autoComplete="off"
        namespace="orgManageErrors"
      />
      <div className="mb-5">
        <label htmlFor="field-role" className="mb-1 block font-semibold">
          {t("inviteRole")}
        </label>
        <select id="field-role" name="role" defaultValue="editor" className="rounded border-2 border-gray-700 bg-white px-3 py-2">
          <option value="editor">{t("roles.editor")}</option>
          <option value="owner">{t("roles.owner")}</option>
        </select>
      </div>
      <SubmitButton>{t("submitInvite")}</SubmitButton>
    </form>
  );
}
