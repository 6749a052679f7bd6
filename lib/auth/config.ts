import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/accounts/commands";
import { getDb } from "@/lib/db/client";
import { clientIpFrom } from "@/lib/http/client-ip";
import { resolveAuthSecret } from "./secret";

class UnverifiedEmail extends CredentialsSignin {
  code = "unverified";
}

// Pages read the session with getToken (lib/auth/session-token.ts), so `auth` is not taken here.
export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate(await getDb(), credentials, clientIpFrom(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "unverified") throw new UnverifiedEmail();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
