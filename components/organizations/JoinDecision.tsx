"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/result";
import { ActionForm } from "./FormParts";

/** Approve (choosing the role) or refuse (with an optional reason) one join request. */
export function JoinDecision({
  action,
  requestId,
  name,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  requestId: string;
  name: string;
}) {
  const t = useTranslations("orgManage");
  const roleId = `role-${requestId}`;
  const reasonId = `reason-${requestId}`;
  return (
    <div className="mt-2 flex flex-col gap-3">
      <ActionForm
        action={action}
        hidden={{ requestId, decision: "approve" }}
        button={t("approve")}
        buttonLabel={name}
        variant="primary"
        success={t("decided")}
      >
        <div>
          <label htmlFor={roleId} className="mb-1 block text-sm font-semibold">
            {t("approveAs")}
          </label>
          <select id={roleId} name="role" defaultValue="editor" className="rounded border-2 border-gray-700 bg-white px-2 py-2">
            <option value="editor">{t("roles.editor")}</option>
            <option value="owner">{t("roles.owner")}</option>
          </select>
        </div>
      </ActionForm>
      <details>
        <summary className="cursor-pointer text-brand-700 underline">{t("refuse")}</summary>
        <div className="mt-2">
          <ActionForm
            action={action}
            hidden={{ requestId, decision: "refuse" }}
            button={t("refuse")}
            buttonLabel={name}
            variant="danger"
            success={t("decided")}
          >
            <div>
              <label htmlFor={reasonId} className="mb-1 block text-sm font-semibold">
                {t("refuseReason")}
              </label>
              <textarea id={reasonId} name="reason" rows={2} className="w-full max-w-md rounded border-2 border-gray-700 px-2 py-1" />
            </div>
          </ActionForm>
        </div>
      </details>
    </div>
  );
}
