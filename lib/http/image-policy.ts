/**
 * The Content-Security-Policy of images we serve from uploads (organization logos): an image needs
 * nothing, and one opened on its own in a tab runs nothing, even if a browser took it for HTML.
 * next.config.ts sets it after the pages' policy for the logo route (its headers override a route
 * handler's own), and the route sets it too.
 */
export const uploadedImageContentSecurityPolicy = "default-src 'none'; sandbox";
