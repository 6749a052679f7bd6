import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { routing } from "@/lib/i18n/routing";
import { auditActions, auditEntityTypes, legacyAuditActions } from "./actions";
import { auditActionMessageKey, auditEntityTypeMessageKey, auditObjectHref, auditObjectLabel } from "./describe";

const offerId = "0b5e3c1e-8d5a-4a57-9f0e-2b6f3f7a9c11";

describe("the audit log in words", () => {
  it("tells an entry with the actor and the object's name, the object as the link, in neutral Polish", () => {
    const t = translator("pl");
    const key = auditActionMessageKey("commission.submitScores")!;
    const text = t.markup(`auditLog.${key}.phrase`, { actor: "Anna Nowak", object: "Lato w mieście", link: (chunks) => `[${chunks}]` });
    expect(text).toBe("Anna Nowak — ocena oferty [„Lato w mieście”]");
    const en = translator("en").markup(`auditLog.${key}.phrase`, {
      actor: "Anna Nowak",
      object: "Summer",
      link: (chunks) => `[${chunks}]`,
    });
    expect(en).toBe("Anna Nowak scored offer [“Summer”]");
  });

  it("finds today's message for a name an earlier version stored, and none for a name no version wrote", () => {
    expect(auditActionMessageKey("offer.review.passed")).toBe("actions.offer.passReview");
    expect(auditActionMessageKey("offer.passReview")).toBe("actions.offer.passReview");
    expect(auditActionMessageKey("offer.explode")).toBeNull();
    expect(auditEntityTypeMessageKey("offer")).toBe("entityTypes.offer");
    expect(auditEntityTypeMessageKey("spaceship")).toBeNull();
  });

  it.each(routing.locales)(
    "has a name and a phrase with the actor and the linked object for every action and object type (%s)",
    (locale) => {
      const t = translator(locale);
      for (const action of auditActions) {
        const key = auditActionMessageKey(action)!;
        expect(t.has(`auditLog.${key}.name`), `${action} name`).toBe(true);
        const phrase = t.markup(`auditLog.${key}.phrase`, { actor: "ACTOR", object: "OBJECT", link: (chunks) => `<a>${chunks}</a>` });
        expect(phrase, action).toMatch(/^ACTOR .*<a>.OBJECT.<\/a>$/);
      }
      for (const entityType of auditEntityTypes) expect(t.has(`auditLog.${auditEntityTypeMessageKey(entityType)!}`), entityType).toBe(true);
      for (const legacy of Object.keys(legacyAuditActions)) expect(auditActionMessageKey(legacy), legacy).not.toBeNull();
    },
  );

  it("Polish phrases name the action with a noun after the actor (a past-tense verb would assume the actor’s gender)", () => {
    const t = translator("pl");
    for (const action of auditActions) {
      const phrase = t.raw(`auditLog.${auditActionMessageKey(action)!}.phrase`) as string;
      expect(phrase, action).toMatch(/^\{actor\} — /);
    }
  });

  it("every action a command writes has its message (the actions found in recordAudit calls in lib/)", () => {
    const written = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? walk(join(dir, entry.name))
          : entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")
            ? [join(dir, entry.name)]
            : [],
      );
    for (const file of walk("lib")) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, index) => {
        if (!line.includes("recordAudit(")) return;
        // the action of a call is on one of its next lines, sometimes as a choice between several
        const call = lines.slice(index, index + 12).find((next) => /^\s*action: /.test(next));
        for (const [, name] of call?.matchAll(/"([a-zA-Z]+\.[a-zA-Z]+)"/g) ?? []) written.add(name);
      });
    }
    expect(written.size).toBeGreaterThan(80);
    for (const action of written) expect(auditActionMessageKey(action), action).not.toBeNull();
  });

  it("links each object to its page, through its parent when it is shown there", () => {
    expect(auditObjectHref("offer", offerId)).toBe(`/offers/${offerId}`);
    expect(auditObjectHref("competition", offerId)).toBe(`/admin/competitions/${offerId}`);
    expect(auditObjectHref("report", "r1", "c1")).toBe("/admin/contracts/c1/reports/r1");
    expect(auditObjectHref("report", "r1", null)).toBeNull();
    expect(auditObjectHref("consultation_comment", "k1", "c1")).toBe("/consultations/c1");
    expect(auditObjectHref("user", "u1", "anna.nowak@example.pl")).toBe("/admin/users?q=anna.nowak%40example.pl");
    expect(auditObjectHref("user_token", "t1")).toBeNull();
    expect(auditObjectHref("spaceship", "s1")).toBeNull();
  });

  it("names the object by its title, or by the start of its id when it has none", () => {
    expect(auditObjectLabel(offerId, "  Lato w mieście ")).toBe("Lato w mieście");
    expect(auditObjectLabel(offerId, "")).toBe("0b5e3c1e");
    expect(auditObjectLabel(offerId, null)).toBe("0b5e3c1e");
  });
});
