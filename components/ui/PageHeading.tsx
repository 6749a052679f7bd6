export function PageHeading({ title, lead }: { title: string; lead?: string }) {
  return (
    <div className="mb-6">
      <h1 className="mb-2 text-3xl font-bold">{title}</h1>
      {lead && <p className="max-w-3xl text-muted">{lead}</p>}
    </div>
  );
}
