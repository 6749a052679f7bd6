"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { idleForm } from "@/lib/forms/result";
import { appointJurorAction, closeNominationsAction, createGalaAction, publishResultsAction, setLaureateAction } from "../actions";

const ns = "awards.errors";

export function AppointJurorForm({ editionId }: { editionId: string }) {
  const t = useTranslations("awards.manage");
  return (
    <ActionForm
      action={appointJurorAction}
      fields={{ editionId }}
      label={t("appoint")}
      done={t("appointed")}
      namespace={ns}
      repeatable
      inputs={{ email: { id: "field-email", label: t("juryEmail") } }}
    >
      <Field name="email" type="email" label={t("juryEmail")} state={idleForm} namespace={ns} autoComplete="off" />
    </ActionForm>
  );
}

export function CloseNominationsForm({ editionId }: { editionId: string }) {
  const t = useTranslations("awards.manage");
  return (
    <ActionForm
      action={closeNominationsAction}
      fields={{ editionId }}
      label={t("closeNominations")}
      done={t("nominationsClosed")}
      namespace={ns}
    />
  );
}

export function LaureateForm({ nominationId, laureate, name }: { nominationId: string; laureate: boolean; name: string }) {
  const t = useTranslations("awards.manage");
  const label = laureate ? t("unmakeLaureate") : t("makeLaureate");
  return (
    <ActionForm
      action={setLaureateAction}
      fields={{ nominationId, laureate: laureate ? "no" : "yes" }}
      label={label}
      accessibleLabel={`${label}: ${name}`}
      done={t("laureateSaved")}
      variant="secondary"
      namespace={ns}
    />
  );
}

export function PublishForm({ editionId }: { editionId: string }) {
  const t = useTranslations("awards.manage");
  return <ActionForm action={publishResultsAction} fields={{ editionId }} label={t("publish")} done={t("published")} namespace={ns} />;
}

export function GalaForm({ editionId }: { editionId: string }) {
  const t = useTranslations("awards.manage");
  return (
    <ActionForm
      action={createGalaAction}
      fields={{ editionId }}
      label={t("createGala")}
      done={t("galaCreated")}
      namespace={ns}
      inputs={{ place: { id: "field-place", label: t("galaPlace") } }}
    >
      <Field name="place" label={t("galaPlace")} state={idleForm} namespace={ns} />
    </ActionForm>
  );
}
