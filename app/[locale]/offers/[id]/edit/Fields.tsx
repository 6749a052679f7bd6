"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { TableScroll } from "@/components/ui/TableScroll";
import { RowsNotice, useRows } from "./useRows";
import { useReadOnly } from "./readOnly";

/** Controlled inputs of the offer generator: label, error at the field, GOV.UK style. */
interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: "text" | "date" | "email" | "tel";
  multiline?: boolean;
  width?: string;
  inputMode?: "decimal" | "numeric";
  /** The most characters the answer holds: the field takes no more and counts down what is left. */
  maxLength?: number;
}

/**
 * "Zostało N znaków" under a field with a limit (GOV.UK character count): shown at once, told to
 * screen readers politely once the typing pauses, never on page load.
 */
function CharacterCount({ id, value, max }: { id: string; value: string; max: number }) {
  const t = useTranslations("offers");
  const text = t("charsLeft", { n: max - value.length });
  const [spoken, setSpoken] = useState("");
  const first = useRef(value);
  useEffect(() => {
    if (value === first.current) return;
    const timer = setTimeout(() => setSpoken(text), 700);
    return () => clearTimeout(timer);
  }, [value, text]);
  return (
    <>
      <p id={id} className="mt-1 text-sm text-muted">
        <span className="sr-only">{t("charsLimit", { max })} </span>
        <span aria-hidden="true" data-testid={`${id}-left`}>
          {text}
        </span>
      </p>
      <p className="sr-only" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  type = "text",
  multiline,
  width = "max-w-md",
  inputMode,
  maxLength,
}: FieldProps) {
  const readOnly = useReadOnly();
  const fid = `field-${id}`;
  const describedBy = [hint && `${fid}-hint`, error && `${fid}-error`, maxLength && `${fid}-count`].filter(Boolean).join(" ") || undefined;
  const common = {
    disabled: readOnly,
    id: fid,
    value,
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `w-full ${width} rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-accent-600`,
  };
  return (
    <div data-field className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={fid} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${fid}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${fid}-error`} className="mb-1 text-sm font-semibold text-accent-600">
          {error}
        </p>
      )}
      {multiline ? (
        <textarea rows={5} {...common} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type={type} inputMode={inputMode} {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {maxLength !== undefined && <CharacterCount id={`${fid}-count`} value={value} max={maxLength} />}
    </div>
  );
}

export interface Column<T> {
  key: keyof T & string;
  label: string;
  type?: "text" | "date";
  width?: string;
  maxLength?: number;
}

/** A repeatable table (schedule, results, representatives): one row per item, add and remove. */
export function RowsTable<T extends Record<string, string>>({
  id,
  caption,
  rows,
  columns,
  empty,
  onChange,
  addLabel,
  removeLabel,
  error,
  hint,
}: {
  id: string;
  caption: string;
  rows: T[];
  columns: Column<T>[];
  empty: T;
  onChange: (rows: T[]) => void;
  addLabel: string;
  removeLabel: (n: number) => string;
  error?: string;
  hint?: string;
}) {
  const readOnly = useReadOnly();
  const { bodyRef, undoRef, removed, announcement, add, remove, undo } = useRows(rows, onChange, () => ({ ...empty }));
  return (
    <div id={`field-${id}`} className={`mb-6 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      {hint && <p className="mb-1 max-w-2xl text-sm text-muted">{hint}</p>}
      {error && (
        <p id={`field-${id}-error`} className="mb-1 text-sm font-semibold text-accent-600">
          {error}
        </p>
      )}
      <TableScroll label={caption}>
        <table className="w-full text-left">
          <caption className="mb-1 text-left font-semibold">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-1 pr-2">
                Lp.
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="py-1 pr-2">
                  {c.label}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{removeLabel(0)}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {rows.map((row, i) => (
              <tr key={i} className="border-b border-gray-200">
                <td className="py-1 pr-2">{i + 1}</td>
                {columns.map((c) => (
                  <td key={c.key} className="py-1 pr-2">
                    <input
                      disabled={readOnly}
                      aria-label={`${c.label} ${i + 1}`}
                      type={c.type ?? "text"}
                      maxLength={c.maxLength}
                      value={row[c.key]}
                      onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, [c.key]: e.target.value } : r)))}
                      className={`rounded border-2 border-gray-700 px-2 py-1 ${c.width ?? "w-full min-w-40"}`}
                    />
                  </td>
                ))}
                <td className="py-1">
                  <button disabled={readOnly} type="button" className="text-accent-600 underline" onClick={() => remove(i)}>
                    {removeLabel(i + 1)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <RowsNotice announcement={announcement} removed={removed} undo={undo} undoRef={undoRef} />
      <button
        disabled={readOnly}
        type="button"
        className="mt-2 rounded border-2 border-brand-600 px-3 py-1 font-semibold text-brand-700"
        onClick={add}
      >
        {addLabel}
      </button>
    </div>
  );
}
