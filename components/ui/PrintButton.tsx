"use client";

const styles = {
  primary: "rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 print:hidden",
  secondary: "rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700 print:hidden",
};

/** Prints the page (documents have a print stylesheet); hidden on paper. */
export function PrintButton({ label, variant = "secondary" }: { label: string; variant?: keyof typeof styles }) {
  return (
    <button type="button" onClick={() => window.print()} className={styles[variant]}>
      {label}
    </button>
  );
}
