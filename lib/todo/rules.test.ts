import { describe, expect, it } from "vitest";
import { dayDeadline, instantDeadline, itemsToRemind, orderTodo, sectionsOf, urgencyOf, type TodoItem } from "./rules";

const now = new Date("2026-11-27T10:00:00Z"); // 11:00 in Warsaw

function item(key: string, kind: TodoItem["kind"], deadline: TodoItem["deadline"], role: TodoItem["role"] = "ngo"): TodoItem {
  return { key, kind, role, deadline, count: 1, href: `/x/${key}`, subject: null };
}

describe("urgencyOf", () => {
  it("counts a legal day as on time until its last second in Warsaw", () => {
    expect(urgencyOf(item("a", "reportDue", dayDeadline("2026-11-27")), now)).toBe("soon");
    expect(urgencyOf(item("a", "reportDue", dayDeadline("2026-11-27")), new Date("2026-11-27T22:59:58Z"))).toBe("soon");
    expect(urgencyOf(item("a", "reportDue", dayDeadline("2026-11-27")), new Date("2026-11-27T23:00:00Z"))).toBe("overdue");
  });

  it("calls a deadline within 7 days soon, a later one later, none none", () => {
    expect(urgencyOf(item("a", "reportDue", dayDeadline("2026-12-04")), now)).toBe("soon");
    expect(urgencyOf(item("a", "reportDue", dayDeadline("2026-12-05")), now)).toBe("later");
    expect(urgencyOf(item("a", "contractToSign", null), now)).toBe("none");
    expect(urgencyOf(item("a", "correctionRequested", instantDeadline(new Date("2026-11-27T09:59:59Z"))), now)).toBe("overdue");
  });
});

describe("orderTodo", () => {
  it("puts overdue first (longest overdue first), then the nearest deadline, then the rest by kind", () => {
    const items = [
      item("sign", "contractToSign", null),
      item("later", "reportDue", dayDeadline("2026-12-20")),
      item("members", "membershipRequests", null),
      item("late-a-little", "reportOverdue", dayDeadline("2026-11-20")),
      item("soon", "correctionRequested", instantDeadline(new Date("2026-11-28T14:00:00Z"))),
      item("late-long", "reportOverdue", dayDeadline("2026-10-31")),
    ];
    expect(orderTodo(items, now).map((i) => i.key)).toEqual(["late-long", "late-a-little", "soon", "later", "sign", "members"]);
  });

  it("does not change the list it is given and is stable for equal items", () => {
    const items = [item("b", "contractToSign", null), item("a", "contractToSign", null)];
    expect(orderTodo(items, now).map((i) => i.key)).toEqual(["a", "b"]);
    expect(items.map((i) => i.key)).toEqual(["b", "a"]);
  });
});

describe("itemsToRemind", () => {
  it("keeps only what is overdue or due within 7 days", () => {
    const items = [
      item("late", "reportOverdue", dayDeadline("2026-11-01")),
      item("soon", "reportDue", dayDeadline("2026-12-01")),
      item("later", "reportDue", dayDeadline("2027-01-31")),
      item("none", "contractToSign", null),
    ];
    expect(itemsToRemind(items, now).map((i) => i.key)).toEqual(["late", "soon"]);
    expect(itemsToRemind([item("none", "contractToSign", null)], now)).toEqual([]);
  });
});

describe("sectionsOf", () => {
  it("makes one section per role in the given order, empty ones included", () => {
    const items = [item("a", "formalReview", null, "admin"), item("b", "contractToSign", null, "ngo")];
    expect(sectionsOf(items, ["ngo", "admin", "resident"]).map((s) => [s.role, s.items.map((i) => i.key)])).toEqual([
      ["ngo", ["b"]],
      ["admin", ["a"]],
      ["resident", []],
    ]);
  });
});
