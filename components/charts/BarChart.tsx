/**
 * A horizontal bar chart in plain SVG, with its numbers in a real table next to it.
 * The SVG is an image with a text alternative (role="img" + aria-labelledby its <title>) that
 * points to the table; the table (with <caption>) is what screen readers and phones read.
 * Long labels are shortened in the chart only; the table has them in full.
 */
import { TableScroll } from "@/components/ui/TableScroll";
export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** The value as shown (formatted for the locale). */
  display: string;
}

const WIDTH = 640;
const ROW = 46;
const LABEL_MAX = 70;

function shorten(label: string) {
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1).trimEnd()}…` : label;
}

export function BarChart({
  id,
  title,
  caption,
  labelHeader,
  valueHeader,
  data,
}: {
  id: string;
  title: string;
  caption: string;
  labelHeader: string;
  valueHeader: string;
  data: BarDatum[];
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const barSpace = WIDTH - 70;
  const height = Math.max(ROW, data.length * ROW);
  return (
    <figure className="mb-8">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="mb-4 h-auto w-full max-w-3xl"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        {data.map((d, i) => {
          const y = i * ROW;
          const width = Math.max(2, (d.value / max) * barSpace);
          return (
            <g key={d.key}>
              <text x={0} y={y + 15} fontSize={14} fill="currentColor">
                {shorten(d.label)}
              </text>
              <rect x={0} y={y + 21} width={width} height={16} rx={2} className="fill-brand-600" />
              <text x={width + 8} y={y + 34} fontSize={14} fontWeight={700} fill="currentColor">
                {d.display}
              </text>
            </g>
          );
        })}
      </svg>
      <TableScroll label={caption}>
        <table className="w-full max-w-3xl text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {labelHeader}
              </th>
              <th scope="col" className="py-2 text-right">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.key} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {d.label}
                </th>
                <td className="py-2 text-right tabular-nums">{d.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
