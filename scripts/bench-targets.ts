/**
 * What `npm run bench` measures. Each page names its reference: cached pages are compared with
 * the trivial cached page, pages rendered per request with the trivial per-request page.
 * Later modules append their pages here.
 */
export interface BenchTarget {
  name: string;
  path: string;
  reference: "static" | "dynamic" | null;
  init?: RequestInit;
}

export async function benchTargets(base: string): Promise<BenchTarget[]> {
  const list = (await (await fetch(`${base}/api/v1/organizations?q=kultura&pageSize=1`)).json()) as { items?: { id: string }[]; data?: { id: string }[] };
  const firstId = (list.items ?? list.data ?? [])[0]?.id;
  return [
    { name: "reference: static", path: "/reference/static", reference: null },
    { name: "reference: per request", path: "/reference/dynamic", reference: null },
    { name: "home (cached)", path: "/", reference: "static" },
    { name: "profile (cached)", path: `/organizations/${firstId}`, reference: "static" },
    { name: "directory search: q + 2 filters", path: "/organizations?q=zdrowie&legalForm=association&volunteers=1", reference: "dynamic" },
    { name: "API /api/v1/organizations", path: "/api/v1/organizations?q=zdrowie&legalForm=association", reference: "dynamic" },
  ];
}
