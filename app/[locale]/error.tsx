"use client";

import { lazy, Suspense } from "react";

// Every page carries its segment's error boundary; the page it shows (and the localized links it
// needs) is its own chunk, fetched only when an error happens.
const ErrorContent = lazy(() => import("@/components/layout/ErrorContent"));

// Never shows the error itself: only a reference the Centre can look up in the server log.
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Suspense fallback={null}>
      <ErrorContent {...props} />
    </Suspense>
  );
}
