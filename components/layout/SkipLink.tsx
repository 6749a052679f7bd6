export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-yellow-300 focus:px-4 focus:py-2 focus:text-black"
    >
      {label}
    </a>
  );
}
