"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select, TextArea } from "@/components/forms/Field";
import { SavedStatus } from "@/components/scoring/SavedStatus";
import { idleForm } from "@/lib/forms/result";
import { excludeMemberAction } from "./actions";

/** Art. 24 § 3 KPA: the administrator excludes a member, with the reason the protocol will state. */
export function ExcludeForm({ competitionId, members }: { competitionId: string; members: { userId: string; name: string }[] }) {
  const t = useTranslations("scoringCommission");
  const [state, action] = useActionState(excludeMemberAction, idleForm);
  return (
    <form action={action} noValidate className="max-w-2xl">
      <ErrorSummary namespace="scoringErrors" state={state} labels={{ userId: t("excludeMember"), reason: t("excludeReason") }} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <Select
        name="userId"
        label={t("excludeMember")}
        state={state}
        namespace="scoringErrors"
        options={members.map((m) => ({ value: m.userId, label: m.name }))}
      />
      <TextArea name="reason" label={t("excludeReason")} state={state} namespace="scoringErrors" />
      <SubmitButton variant="danger">{t("excludeSubmit")}</SubmitButton>
      <SavedStatus state={state}>{t("excluded")}</SavedStatus>
    </form>
  );
}
