export function Notice({ children, tone = "info" }: { children: React.ReactNode; tone?: "info" | "success" }) {
  const styles = tone === "success" ? "border-green-700 bg-green-50" : "border-brand-600 bg-brand-50";
  return (
    <div role="status" className={`mb-6 border-l-4 p-4 ${styles}`}>
      {children}
    </div>
  );
}
