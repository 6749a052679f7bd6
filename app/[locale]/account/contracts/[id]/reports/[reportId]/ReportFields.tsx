"use client";

/** Controlled inputs of the report editor: label, hint and the error at the field (GOV.UK style). */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  inputMode,
  width = "max-w-md",
  hideLabel,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric" | "url";
  width?: string;
  hideLabel?: boolean;
}) {
  const fid = `field-${id}`;
  const describedBy = [hint && `${fid}-hint`, error && `${fid}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id: fid,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `w-full ${multiline ? "max-w-2xl" : width} rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-accent-600`,
  };
  return (
    <div className={`${hideLabel ? "" : "mb-5"} ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={fid} className={hideLabel ? "sr-only" : "mb-1 block font-semibold"}>
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
        <textarea rows={4} {...common} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" inputMode={inputMode} {...common} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

export function CheckField({
  id,
  label,
  checked,
  onChange,
  error,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  error?: string;
}) {
  const fid = `field-${id}`;
  return (
    <div className={`mb-4 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      {error && (
        <p id={`${fid}-error`} className="mb-1 text-sm font-semibold text-accent-600">
          {error}
        </p>
      )}
      <div className="flex items-start gap-2">
        <input
          id={fid}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fid}-error` : undefined}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={fid}>{label}</label>
      </div>
    </div>
  );
}

export function SmallButton({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="mb-4 rounded border-2 border-brand-600 bg-white px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50"
    >
      {children}
    </button>
  );
}
