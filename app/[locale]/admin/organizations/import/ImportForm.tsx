"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ErrorSummary, useErrorText } from "@/components/forms/ErrorSummary";
import { previewImportAction, runImportAction, type ImportState } from "./actions";
import { TableScroll } from "@/components/ui/TableScroll";

const idle: ImportState = { status: "idle" };

/** Upload → preview with per-row errors → confirm. The confirmation re-checks the same file on the server. */
export function ImportForm() {
  const t = useTranslations("orgManage");
  const f = useTranslations("orgManage.fields");
  const text = useErrorText("orgManageErrors");
  const [preview, previewAction] = useActionState(previewImportAction, idle);
  const [done, importAction] = useActionState(runImportAction, idle);
  const fileError = preview.fieldErrors?.file?.[0];
  const rows = preview.rows ?? [];
  const valid = rows.filter((r) => r.errors.length === 0).length;
  const describe = (error: string) => {
    const [field, key] = error.split(":");
    const label = f.has(field as never) ? f(field as never) : field;
    return `${label}: ${text(key)}`;
  };

  if (done.status === "success" && done.counts) {
    return (
      <p role="status" className="mb-6 border-l-4 border-green-700 bg-green-50 p-4">
        {t("imported", done.counts)}
      </p>
    );
  }
  return (
    <div>
      <form noValidate action={previewAction} className="mb-8 max-w-xl">
        <ErrorSummary namespace="orgManageErrors" state={preview} labels={{ file: t("importFile") }} />
        <div className={`mb-5 ${fileError ? "border-l-4 border-accent-600 pl-3" : ""}`}>
          <label htmlFor="field-file" className="mb-1 block font-semibold">
            {t("importFile")}
          </label>
          {fileError && (
            <p id="field-file-error" className="mb-1 text-sm font-semibold text-accent-600">
              {text(fileError)}
            </p>
          )}
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? "field-file-error" : undefined}
            className="block"
          />
        </div>
        <SubmitButton variant="secondary">{t("submitPreview")}</SubmitButton>
      </form>

      {preview.csv && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title" className="mb-2 text-2xl font-bold">
            {t("previewTitle")}
          </h2>
          <p className="mb-4">{t("previewSummary", { valid, invalid: rows.length - valid })}</p>
          <TableScroll label={t("previewTitle")} className="mb-6">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-2 pr-4">
                    {t("line")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("name")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("result")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line} className="border-b border-gray-200 align-top">
                    <td className="py-2 pr-4">{row.line}</td>
                    <td className="py-2 pr-4">{row.name}</td>
                    <td className="py-2">
                      {row.errors.length > 0 ? (
                        <ul className="font-semibold text-accent-600">
                          {row.errors.map((e) => (
                            <li key={e}>{describe(e)}</li>
                          ))}
                        </ul>
                      ) : row.action === "update" ? (
                        t("actionUpdate")
                      ) : (
                        t("actionCreate")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {valid > 0 && (
            <form noValidate action={importAction}>
              <ErrorSummary namespace="orgManageErrors" state={done} labels={{}} />
              <input type="hidden" name="csv" value={preview.csv} />
              <SubmitButton>{t("submitImport")}</SubmitButton>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
