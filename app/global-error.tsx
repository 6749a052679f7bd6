"use client";

import en from "@/messages/en.json";
import pl from "@/messages/pl.json";

// Last resort when the layout itself fails: both languages, no stack trace.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="pl">
      <body style={{ fontFamily: "Arial, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{pl.serverError.title}</h1>
          <p>{pl.serverError.text}</p>
          <h2 lang="en">{en.serverError.title}</h2>
          <p lang="en">{en.serverError.text}</p>
          {error.digest && <p>{error.digest}</p>}
          <p>
            {/* Full page loads on purpose: the app's layout has failed, so client navigation is not to be trusted. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">{pl.notFound.home}</a> · {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/en" lang="en">
              {en.notFound.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
