import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { newsAtom } from "./feed";

/** The Atom feed is well-formed XML with what RFC 4287 requires (checked by parsing it, not by matching strings). */
describe("the news Atom feed", () => {
  const entries = [
    {
      id: "0b7c9d8e-1111-4222-8333-944445555666",
      title: "Konkurs <na> „kulturę” & sport",
      lead: "Zajawka z ]]> i <b>znacznikiem</b>",
      type: "competition",
      publishAt: new Date("2026-11-02T09:00:00Z"),
      updatedAt: new Date("2026-11-03T10:00:00Z"),
      organizationName: "Fundacja A&B",
    },
    {
      id: "0b7c9d8e-1111-4222-8333-944445555777",
      title: "Wiadomość z miasta",
      lead: "",
      type: "city",
      publishAt: new Date("2026-11-01T09:00:00Z"),
      updatedAt: new Date("2026-11-01T09:00:00Z"),
      organizationName: null,
    },
  ];

  it("is valid XML in the Atom namespace with the required elements of the feed and of each entry", () => {
    const xml = newsAtom(entries, "https://wspolnie.example.pl", { title: "Aktualności", description: "Opis", publisher: "Urząd Miejski" });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    const feed = parsed.feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("https://wspolnie.example.pl/news");
    expect(feed.title).toBeTruthy();
    expect(new Date(feed.updated).toISOString()).toBe("2026-11-03T10:00:00.000Z");
    const links = [feed.link].flat();
    expect(
      links.some((l: Record<string, string>) => l["@rel"] === "self" && l["@href"] === "https://wspolnie.example.pl/feeds/news.xml"),
    ).toBe(true);
    const items = [feed.entry].flat();
    expect(items).toHaveLength(2);
    for (const entry of items) {
      expect(entry.id).toMatch(/^https:\/\/wspolnie\.example\.pl\/news\/[0-9a-f-]{36}$/);
      expect(entry.title).toBeTruthy();
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect([entry.link].flat()[0]["@href"]).toBe(entry.id);
    }
    // the title is HTML (type="html") whose text is what was written: markup in it is escaped, never markup
    const first = items[0];
    expect(first.title["@type"]).toBe("html");
    expect(first.title["#text"]).toBe("Konkurs &lt;na&gt; „kulturę” &amp; sport");
    expect(first.author.name).toBe("Fundacja A&B");
  });

  it("is valid with no entries", () => {
    const xml = newsAtom([], "https://wspolnie.example.pl", { title: "Aktualności", description: "Opis", publisher: "Urząd Miejski" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).feed.entry).toBeUndefined();
  });
});
