/**
 * Grouped horizontal bars per year (awarded, paid, returned) in plain SVG. Each bar carries its
 * series name and amount as text, so colour is never the only cue; the numbers are also in the
 * table below (role="img" with a title that points to it).
 */
export interface MoneyRow {
  year: number;
  values: { key: string; label: string; value: number; display: string }[];
}

const WIDTH = 720;
const BAR = 18;
const GAP = 6;
const LABEL = 60;
const fills = ["fill-brand-600", "fill-green-700", "fill-amber-600"];

export function MoneyChart({ id, title, rows }: { id: string; title: string; rows: MoneyRow[] }) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v.value)));
  const groupHeight = (n: number) => n * (BAR + GAP) + 16;
  const space = WIDTH - LABEL - 260;
  const tops = rows.map((_, i) => rows.slice(0, i).reduce((sum, r) => sum + groupHeight(r.values.length), 0));
  const groups = rows.map((row, i) => ({ row, top: tops[i] }));
  const y = rows.reduce((sum, r) => sum + groupHeight(r.values.length), 0);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${WIDTH} ${Math.max(40, y)}`}
      className="mb-4 h-auto w-full max-w-3xl"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      {groups.map(({ row, top }) => (
        <g key={row.year}>
          <text x={0} y={top + BAR} fontSize={15} fontWeight={700} fill="currentColor">
            {row.year}
          </text>
          {row.values.map((v, i) => {
            const by = top + i * (BAR + GAP);
            const width = v.value > 0 ? Math.max(2, (v.value / max) * space) : 0;
            return (
              <g key={v.key}>
                <rect x={LABEL} y={by} width={width} height={BAR} rx={2} className={fills[i % fills.length]} />
                <text x={LABEL + width + 6} y={by + BAR - 4} fontSize={13} fill="currentColor">
                  {v.label}: {v.display}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
