import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/accounts/commands";
import { getDb } from "@/lib/db/client";
import { isId } from "@/lib/core/ids";
import { clientIpFrom } from "@/lib/http/client-ip";
import { resolveAuthSecret } from "./secret";
import { revokeSession, sessionMaxAgeSeconds, startSession } from "./sessions";

class UnverifiedEmail extends CredentialsSignin {
  code = "unverified";
}

class LoginDelayed extends CredentialsSignin {
  code = "delayed";
}

// Pages read the session with getToken (lib/auth/session-token.ts), so `auth` is not taken here.
export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const db = await getDb();
        const result = await authenticate(db, credentials, clientIpFrom(request.headers));
        if (result.ok) return { ...result.user, sessionId: await startSession(db, result.user.id, request.headers.get("user-agent")) };
        if (result.reason === "unverified") throw new UnverifiedEmail();
        if (result.reason === "delayed") throw new LoginDelayed();
        return null;
      },
    }),
  ],
  events: {
    // Log-out ends the session itself, not only the cookie: a saved copy of it no longer signs in.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (isId(sessionId)) await revokeSession(await getDb(), sessionId);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
