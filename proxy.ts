import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Only language routing here; authorization lives in pages, actions and route handlers.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
