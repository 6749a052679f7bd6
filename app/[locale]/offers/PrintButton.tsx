"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700 print:hidden"
    >
      {label}
    </button>
  );
}
