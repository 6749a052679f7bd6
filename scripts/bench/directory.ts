import { demoId } from "@/lib/demo/ids";
import { loginCookie, submitPageForm } from "./session";
import type { BenchModule } from "./types";

const SOCLAB = demoId("organization", "Fundacja Laboratorium Badań i Działań Społecznych SocLab");

/**
 * The directory (issue 3): home, a profile, search with two filters, the JSON API; and how long
 * a profile edit takes to show on the cached public profile.
 */
export const directoryBench: BenchModule = {
  name: "directory",
  async targets(base) {
    const list = (await (await fetch(`${base}/api/v1/organizations?q=kultura&pageSize=1`)).json()) as {
      items?: { id: string }[];
      data?: { id: string }[];
    };
    const firstId = (list.items ?? list.data ?? [])[0]?.id;
    return [
      { name: "home (cached)", path: "/", reference: "static" },
      { name: "profile (cached)", path: `/organizations/${firstId}`, reference: "static" },
      {
        name: "directory search: q + 2 filters",
        path: "/organizations?q=zdrowie&legalForm=association&volunteers=1",
        reference: "dynamic",
      },
      { name: "API /api/v1/organizations", path: "/api/v1/organizations?q=zdrowie&legalForm=association", reference: "dynamic" },
    ];
  },
  async run(base) {
    const cookie = await loginCookie(base, "ngo@demo.test");
    const profile = `${base}/organizations/${SOCLAB}`;
    const lines: string[] = [];
    for (let round = 1; round <= 3; round++) {
      await fetch(profile).then((r) => r.text()); // in the cache before the edit
      const mission = `Misja po zmianie nr ${round} (${Date.now()})`;
      const started = performance.now();
      const response = await submitPageForm(base, `/organizations/${SOCLAB}/manage/profile`, cookie, "mission", { mission });
      await response.arrayBuffer();
      if (response.status >= 400) throw new Error(`profile edit refused: ${response.status}`);
      const saved = performance.now();
      let polls = 0;
      while (!(await fetch(profile).then((r) => r.text())).includes(mission)) {
        if (performance.now() - saved > 10_000) throw new Error("the edit did not show on the public profile within 10 s");
        polls++;
      }
      const visible = performance.now();
      lines.push(
        `profile edit ${round}: saved in ${(saved - started).toFixed(0)} ms, visible on the public profile ${(visible - saved).toFixed(0)} ms after saving (${polls} stale responses)`,
      );
    }
    return lines;
  },
};
