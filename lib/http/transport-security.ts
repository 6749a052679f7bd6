/**
 * Strict-Transport-Security tells browsers to use HTTPS only, for a year, on this host and its
 * subdomains. Sent only when the platform is served over HTTPS, which APP_URL says (a proxy in front
 * terminates TLS, so the request itself may arrive over plain HTTP); over HTTP the header would be
 * ignored at best, and would lock a host out of plain HTTP at worst.
 */
export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

export function transportSecurityHeader(appUrl = process.env.APP_URL): string | null {
  return appUrl?.trim().toLowerCase().startsWith("https://") ? strictTransportSecurity : null;
}
