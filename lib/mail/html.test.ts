import { describe, expect, it } from "vitest";
import { escapeHtml, textToHtml } from "./html";

describe("the HTML part is the text, made safe", () => {
  it("escapes everything, makes paragraphs and line breaks", () => {
    const html = textToHtml("Dzień dobry <script>alert(1)</script> & \"cudzysłów\" 'x'\n\nDruga linia\ntrzecia", {
      subject: "Temat <b>",
      locale: "pl",
    });
    expect(html).toContain("<title>Temat &lt;b&gt;</title>");
    expect(html).toContain("<p>Dzień dobry &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;cudzysłów&quot; &#39;x&#39;</p>");
    expect(html).toContain("<p>Druga linia<br>\ntrzecia</p>");
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/^<!doctype html>\n<html lang="pl">/);
  });

  it("links http(s) addresses only, without the sentence's punctuation, and never anything else", () => {
    const html = textToHtml(
      "Potwierdź: https://wspolnie.example/verify-email?token=a_b-c&x=1. Albo javascript:alert(1) lub (https://x.pl/a)",
      {
        subject: "s",
      },
    );
    expect(html).toContain(
      '<a href="https://wspolnie.example/verify-email?token=a_b-c&amp;x=1">https://wspolnie.example/verify-email?token=a_b-c&amp;x=1</a>.',
    );
    expect(html).toContain('(<a href="https://x.pl/a">https://x.pl/a</a>)');
    expect(html).not.toContain('href="javascript');
    expect(html).toMatch(/^<!doctype html>\n<html>/);
  });

  it("has no images, scripts or remote resources (no tracking)", () => {
    const html = textToHtml("Treść https://example.org/a.png", { subject: "s", locale: "en" });
    expect(html).not.toMatch(/<img|<script|<link|src=|<style/i);
  });

  it("escapeHtml covers the five characters", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
