"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { idleForm } from "@/lib/forms/result";
import { removeLogoAction, uploadLogoAction } from "../actions";

/** Upload, replace or remove the organization's logo; the current one is shown as it will appear. */
export function LogoForm({ organizationId, name, logoUrl }: { organizationId: string; name: string; logoUrl: string | null }) {
  const t = useTranslations("orgManage.logo");
  const [uploadState, upload] = useActionState(uploadLogoAction, idleForm);
  const [removeState, remove] = useActionState(removeLogoAction, idleForm);
  const status = uploadState.status === "success" ? t("saved") : removeState.status === "success" ? t("removed") : null;
  return (
    <section aria-labelledby="logo-title" className="mb-10 max-w-3xl border-b-2 border-gray-200 pb-8">
      <h2 id="logo-title" className="mb-4 text-2xl font-bold">
        {t("title")}
      </h2>
      {status && (
        <p role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-4">
          {status}
        </p>
      )}
      <ErrorSummary state={uploadState} labels={{ logo: t("file") }} namespace="orgManageErrors" />
      {logoUrl ? (
        <figure className="mb-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route with its own cache headers */}
          <img
            src={logoUrl}
            alt={t("alt", { name })}
            width={160}
            height={160}
            className="h-40 w-40 border border-gray-300 bg-white object-contain"
          />
          <figcaption className="mt-1 text-sm text-muted">{t("current")}</figcaption>
        </figure>
      ) : (
        <p className="mb-4 text-muted">{t("none")}</p>
      )}
      <form noValidate action={upload} encType="multipart/form-data" className="mb-4">
        <input type="hidden" name="organizationId" value={organizationId} />
        <Field
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          label={t("file")}
          hint={t("hint")}
          state={uploadState}
          namespace="orgManageErrors"
        />
        <SubmitButton>{t("upload")}</SubmitButton>
      </form>
      {logoUrl && (
        <form noValidate action={remove}>
          <input type="hidden" name="organizationId" value={organizationId} />
          <SubmitButton variant="secondary">{t("remove")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
