"use client";

import { lazy, Suspense } from "react";

// The text (both catalogues) is its own chunk, fetched only when this page shows (server-rendered as usual).
const GlobalErrorText = lazy(() => import("@/components/layout/GlobalErrorText"));

// Last resort when the layout itself fails: both languages, no stack trace.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="pl">
      <body style={{ fontFamily: "Arial, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <Suspense fallback={null}>
          <GlobalErrorText digest={error.digest} />
        </Suspense>
      </body>
    </html>
  );
}
