/** One programme as the open data API gives it: text-free summary, priority tasks and the three amounts in grosze (no personal data). */
export function programmeApiItem(p: {
  id: string;
  title: string;
  kind: string;
  yearFrom: number;
  yearTo: number;
  status: string;
  plannedGrosze: number;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  adoptedLate: boolean;
  consultationId: string | null;
  tasks: {
    id: string;
    title: string;
    areaSlug: string;
    areaPoint: string;
    money: { plannedGrosze: number; announcedGrosze: number; grantedGrosze: number };
  }[];
  totals: { plannedGrosze: number; announcedGrosze: number; grantedGrosze: number };
}) {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind,
    yearFrom: p.yearFrom,
    yearTo: p.yearTo,
    status: p.status,
    plannedGrosze: p.plannedGrosze,
    resolution: p.resolutionNumber ? { number: p.resolutionNumber, date: p.resolutionDate, late: p.adoptedLate } : null,
    consultationId: p.consultationId,
    priorityTasks: p.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      area: t.areaSlug,
      areaPoint: t.areaPoint,
      plannedGrosze: t.money.plannedGrosze,
      announcedGrosze: t.money.announcedGrosze,
      grantedGrosze: t.money.grantedGrosze,
    })),
    totals: p.totals,
    url: `/programmes/${p.id}`,
  };
}
