import en from "@/messages/en.json";
import pl from "@/messages/pl.json";
import Link from "next/link";
import "./globals.css";

// Paths outside any locale (rare: the proxy maps almost everything to a locale).
export default function RootNotFound() {
  return (
    <html lang="pl">
      <body className="mx-auto max-w-2xl px-4 py-12 font-sans">
        <main>
          <h1 className="mb-4 text-3xl font-bold">{pl.notFound.title}</h1>
          <p className="mb-6">{pl.notFound.text}</p>
          <p lang="en" className="mb-6">
            {en.notFound.text}
          </p>
          <Link href="/" className="underline">
            {pl.notFound.home}
          </Link>
        </main>
      </body>
    </html>
  );
}
