import en from "@/messages/en.json";
import pl from "@/messages/pl.json";

/**
 * The last-resort error page's text in both languages. Loaded lazily by app/global-error.tsx: that
 * file is in every page's JavaScript, and importing both catalogues there would add ~17 kB
 * (compressed) to every page for a page that is almost never shown.
 */
export default function GlobalErrorText({ digest }: { digest?: string }) {
  return (
    <main>
      <h1>{pl.serverError.title}</h1>
      <p>{pl.serverError.text}</p>
      <h2 lang="en">{en.serverError.title}</h2>
      <p lang="en">{en.serverError.text}</p>
      {digest && <p>{digest}</p>}
      <p>
        {/* Full page loads on purpose: the app's layout has failed, so client navigation is not to be trusted. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">{pl.notFound.home}</a> · {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/en" lang="en">
          {en.notFound.home}
        </a>
      </p>
    </main>
  );
}
