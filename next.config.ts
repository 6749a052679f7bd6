import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { actionBodyLimitBytes } from "./lib/http/action-body";
import { uploadedImageContentSecurityPolicy } from "./lib/http/image-policy";

const isDev = process.env.NODE_ENV === "development";

/*
 * One static CSP for every page, so cached pages stay cached (a nonce would make every page
 * render per request). Scripts are limited to our origin, with SRI hashes on every chunk;
 * Next's inline hydration data needs 'unsafe-inline' (see README "Security headers").
 * 'unsafe-eval' only in development, where React needs it for error overlays.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next computes an ETag by hashing the whole HTML in JavaScript on every response, also when the
  // page comes from its cache (half a millisecond for a page of 130 kB). Pages are revalidated by
  // tag, not by clients; a CDN or reverse proxy in front can add ETags without costing the app.
  generateEtags: false,
  // Next's file-system cache that keeps nothing about what does not exist (a 404 page, a lookup that
  // found nothing), so unknown ids and filters cannot fill the disk; see lib/http/cache-handler.mjs.
  cacheHandler: path.resolve("lib/http/cache-handler.mjs"),
  // Types are checked once, by `tsc --noEmit` in `npm test`; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  experimental: {
    authInterrupts: true,
    // Next's 1 MB default made a signed scan or a logo over 1 MB a 500 before our own size checks ran.
    serverActions: { bodySizeLimit: actionBodyLimitBytes() },
    sri: { algorithm: "sha256" },
  },
  // The Centre's events grew out of the meetings module and keep its addresses; /events is the name
  // people look for (issue 17), so it leads there, with its query.
  async redirects() {
    return [
      { source: "/events", destination: "/meetings", permanent: false },
      { source: "/events/:path*", destination: "/meetings/:path*", permanent: false },
      { source: "/:locale(en)/events", destination: "/:locale/meetings", permanent: false },
      { source: "/:locale(en)/events/:path*", destination: "/:locale/meetings/:path*", permanent: false },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Later entries override earlier ones: uploaded images get their own, stricter policy (the
      // pages' one replaced the logo route's own before).
      {
        source: "/api/v1/organizations/:id/logo",
        headers: [{ key: "Content-Security-Policy", value: uploadedImageContentSecurityPolicy }],
      },
      // news attachments (documents and images, served as downloads) run nothing either
      {
        source: "/api/v1/news/attachments/:id",
        headers: [{ key: "Content-Security-Policy", value: uploadedImageContentSecurityPolicy }],
      },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
