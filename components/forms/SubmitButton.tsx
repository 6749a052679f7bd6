"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border-2 border-brand-600 bg-white text-brand-700 hover:bg-brand-50",
    danger: "bg-accent-600 text-white hover:bg-red-800",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-semibold disabled:opacity-70 ${styles}`}
    >
      {children}
    </button>
  );
}
