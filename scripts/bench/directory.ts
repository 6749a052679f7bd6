import type { BenchModule } from "./types";

/** The directory (issue 3): home, a profile, search with two filters, the JSON API. */
export const directoryBench: BenchModule = {
  name: "directory",
  async targets(base) {
    const list = (await (await fetch(`${base}/api/v1/organizations?q=kultura&pageSize=1`)).json()) as { items?: { id: string }[]; data?: { id: string }[] };
    const firstId = (list.items ?? list.data ?? [])[0]?.id;
    return [
      { name: "home (cached)", path: "/", reference: "static" },
      { name: "profile (cached)", path: `/organizations/${firstId}`, reference: "static" },
      { name: "directory search: q + 2 filters", path: "/organizations?q=zdrowie&legalForm=association&volunteers=1", reference: "dynamic" },
      { name: "API /api/v1/organizations", path: "/api/v1/organizations?q=zdrowie&legalForm=association", reference: "dynamic" },
    ];
  },
};
