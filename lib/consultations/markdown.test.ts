import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { describe, expect, it } from "vitest";
import { autolink, safeHref } from "./links";
import { draftToHast } from "./markdown";
import { splitParagraphs } from "./rules";

/** The HTML React renders from a draft paragraph. */
const html = (markdown: string) => renderToStaticMarkup(toJsxRuntime(draftToHast(markdown), { Fragment, jsx, jsxs }));
const rel = 'rel="nofollow noopener noreferrer ugc"';

describe("safe links", () => {
  it("keeps http(s), mailto and site paths only", () => {
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(" JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHref("data:text/html;base64,xx")).toBeNull();
    expect(safeHref("//evil.example")).toBeNull();
    expect(safeHref("vbscript:x")).toBeNull();
    expect(safeHref("https://bip.um.bialystok.pl/x")).toBe("https://bip.um.bialystok.pl/x");
    expect(safeHref("mailto:ngo@um.bialystok.pl")).toBe("mailto:ngo@um.bialystok.pl");
    expect(safeHref("/consultations")).toBe("/consultations");
  });

  it("auto-links URLs in comments without trailing punctuation", () => {
    expect(autolink("Zob. https://example.org/a?b=1.")).toEqual([
      { type: "text", text: "Zob. " },
      { type: "link", href: "https://example.org/a?b=1", text: "https://example.org/a?b=1" },
      { type: "text", text: "." },
    ]);
    expect(autolink('"><script>x</script>')).toEqual([{ type: "text", text: '"><script>x</script>' }]);
    expect(autolink("javascript:alert(1)")).toEqual([{ type: "text", text: "javascript:alert(1)" }]);
  });
});

describe("the draft's Markdown", () => {
  it("renders emphasis, links and lists", () => {
    expect(html("**ważne** i *tu* [BIP](https://bip.example.pl)")).toBe(
      `<p><strong>ważne</strong> i <em>tu</em> <a href="https://bip.example.pl" ${rel}>BIP</a></p>`,
    );
    expect(html("Zasady:\n\n1. jawność\n2. partnerstwo")).toBe("<p>Zasady:</p>\n<ol>\n<li>jawność</li>\n<li>partnerstwo</li>\n</ol>");
  });

  it("renders tables with their alignment", () => {
    const table = html("| Zadanie | Kwota |\n|:--|--:|\n| Wypoczynek dzieci | 120 000 zł |\n| Seniorzy | 80 000 zł |");
    expect(table).toContain(
      '<table><thead><tr><th style="text-align:left">Zadanie</th><th style="text-align:right">Kwota</th></tr></thead>',
    );
    expect(table).toContain(
      '<tr><td style="text-align:left">Seniorzy</td><td style="text-align:right">80 000 zł</td></tr></tbody></table>',
    );
  });

  it("renders nested lists, numbered from where the paragraph starts", () => {
    const nested = html("3. Formy współpracy:\n   - finansowe\n     1. dotacje\n   - pozafinansowe\n4. Priorytety");
    expect(nested).toBe(
      '<ol start="3">\n<li>Formy współpracy:\n<ul>\n<li>finansowe\n<ol>\n<li>dotacje</li>\n</ol>\n</li>\n<li>pozafinansowe</li>\n</ul>\n</li>\n<li>Priorytety</li>\n</ol>',
    );
  });

  it("shifts headings below the paragraph's own h3", () => {
    expect(html("# Rozdział 1\n\n## Cele\n\n### Szczegóły")).toBe("<h4>Rozdział 1</h4>\n<h5>Cele</h5>\n<h6>Szczegóły</h6>");
  });

  it("does not read indented paragraphs as code", () => {
    expect(html("    § 1. Ustala się program.")).toBe("<p>§ 1. Ustala się program.</p>");
  });
});

describe("hostile input in the draft", () => {
  it("shows raw HTML as text", () => {
    expect(html('<script>alert("x")</script> and <img src=x onerror=alert(1)>')).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;</p>",
    );
    expect(html("§ 2. Zasady <script>alert(1)</script>.")).toBe("<p>§ 2. Zasady &lt;script&gt;alert(1)&lt;/script&gt;.</p>");
    expect(html('<div onclick="x()">\n\n**tekst**\n\n</div>')).toBe(
      "<p>&lt;div onclick=&quot;x()&quot;&gt;</p>\n<p><strong>tekst</strong></p>\n<p>&lt;/div&gt;</p>",
    );
    expect(html("a <!-- komentarz --> b")).toBe("<p>a &lt;!-- komentarz --&gt; b</p>");
  });

  it("turns links to unsafe targets into their text", () => {
    for (const target of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "//evil.example",
      "vbscript:x",
    ])
      expect(html(`[klik](${target})`)).toBe("<p>klik</p>");
    expect(html("[klik][x]\n\n[x]: javascript:alert(1)")).toBe("<p>klik</p>");
    expect(html("<javascript:alert(1)>")).toBe("<p>javascript:alert(1)</p>");
    expect(html("<https://bip.um.bialystok.pl>")).toBe(
      `<p><a href="https://bip.um.bialystok.pl" ${rel}>https://bip.um.bialystok.pl</a></p>`,
    );
    expect(html("[regulamin](/consultations)")).toBe(`<p><a href="/consultations" ${rel}>regulamin</a></p>`);
  });

  it("shows images as their description, never loads them", () => {
    expect(html("![mapa osiedli](https://evil.example/track.png)")).toBe("<p>mapa osiedli</p>");
    expect(html("![x](data:image/svg+xml;base64,PHN2Zz4=)")).toBe("<p>x</p>");
    expect(html("[![logo](https://evil.example/l.png)](javascript:alert(1))")).toBe("<p>logo</p>");
  });

  it("keeps footnotes as typed text (they would need a page-wide list)", () => {
    expect(html("Zob. uchwałę[^1].\n\n[^1]: Nr XII/2026.")).toBe("<p>Zob. uchwałę[^1].</p>\n<p>[^1]:</p>\n<p>Nr XII/2026.</p>");
  });

  it("emits no attribute the schema does not list", () => {
    const out = html('- [x] zrobione\n\n```js onclick="x"\ncode\n```\n\n~~stare~~ {#id .klasa}');
    expect(out).not.toMatch(/<input|class=|id=|onclick=|<script|<img|<iframe|style=/);
    expect(out).toContain("<del>stare</del>");
  });
});

describe("paragraph numbering with the new renderer", () => {
  it("keeps a table and a nested list inside one numbered paragraph", () => {
    const draft = "§ 1. Cele.\n\n| Zadanie | Kwota |\n|--|--|\n| A | 1 zł |\n\n- a\n  - b\n- c\n\n§ 4. Zakres.";
    const paragraphs = splitParagraphs(draft);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(html(paragraphs[1].body)).toMatch(/^<table>[\s\S]*<\/table>$/);
    expect(html(paragraphs[2].body)).toBe("<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>");
  });
});
