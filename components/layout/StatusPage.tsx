import { Link } from "@/lib/i18n/navigation";

export function StatusPage({
  title,
  text,
  homeLabel,
  children,
}: {
  title: string;
  text: string;
  homeLabel: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
      <p className="mb-6 text-lg">{text}</p>
      {children}
      <Link href="/" className="font-semibold text-brand-600 underline">
        {homeLabel}
      </Link>
    </div>
  );
}
