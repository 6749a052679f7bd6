"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Select, TextArea } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Link } from "@/lib/i18n/navigation";
import { idleForm } from "@/lib/forms/result";
import { bookAction } from "./actions";

export function BookForm({
  slotId,
  topics,
  organizations,
  standing,
}: {
  slotId: string;
  topics: string[];
  organizations: { value: string; label: string }[];
  /** open: bookable; mine: booked by this person (e.g. after the page refreshed); taken: by someone else, or passed */
  standing: "open" | "mine" | "taken";
}) {
  const t = useTranslations("advice");
  const [state, action] = useActionState(bookAction, idleForm);
  if (standing === "taken" && state.status !== "success") return <p>{t("book.taken")}</p>;
  if (state.status === "success" || standing === "mine")
    return (
      <div role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4">
        <p className="mb-2 font-semibold">{t("book.done")}</p>
        <Link href="/account/advice" className="text-brand-600 underline">
          {t("book.next")}
        </Link>
      </div>
    );
  const labels = { topic: t("book.topic"), description: t("book.description"), organizationId: t("book.organization") };
  return (
    <form noValidate action={action} className="max-w-xl">
      <ErrorSummary state={state} labels={labels} namespace="advice.errors" />
      <input type="hidden" name="slotId" value={slotId} />
      <Select
        name="topic"
        label={labels.topic}
        state={state}
        namespace="advice.errors"
        options={topics.map((k) => ({ value: k, label: t(`topics.${k as "legal"}`) }))}
        defaultValue={topics[0]}
      />
      <TextArea
        name="description"
        label={labels.description}
        hint={t("book.descriptionHint")}
        state={state}
        namespace="advice.errors"
        rows={4}
      />
      {organizations.length > 0 && (
        <Select
          name="organizationId"
          label={labels.organizationId}
          state={state}
          namespace="advice.errors"
          options={[{ value: "", label: t("book.asMyself") }, ...organizations]}
          defaultValue=""
        />
      )}
      <SubmitButton>{t("book.submit")}</SubmitButton>
    </form>
  );
}
