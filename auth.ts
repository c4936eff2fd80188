// Auth.js wiring. Sessions are JWTs (the Credentials provider requires it), but a
// token only carries the user id and a session version: roles, suspension and
// "sign out everywhere" are read fresh from the database on every request
// (lib/auth/current-user.ts).
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import { accounts, authenticators, sessions, users, verificationTokens } from "@/db/schema";
import { clientIp } from "@/lib/auth/client-ip";
import { limitMagicLink } from "@/lib/auth/magic-link-limit";
import { maySignIn } from "@/lib/auth/may-sign-in";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";
import { sendMagicLink } from "@/lib/auth/send-magic-link";
import { authSecret } from "@/lib/auth/secret";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { env } from "@/lib/config/env";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;

async function buildConfig(): Promise<NextAuthConfig> {
  const db = await getDb();
  const config = env();
  const providers: Provider[] = [
    Credentials({
      id: "password",
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials(db, {
          email: credentials.email,
          password: credentials.password,
          ip: clientIp(request.headers),
        });
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedSignIn();
        return null;
      },
    }),
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
      sendVerificationRequest: ({ identifier, url }) => sendMagicLink(db, { email: identifier, url }),
    },
  ];
  for (const oauth of configuredOAuthProviders(config)) {
    const options = { clientId: oauth.clientId, clientSecret: oauth.clientSecret };
    providers.push(oauth.id === "github" ? GitHub(options) : Google(options));
  }

  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
      authenticatorsTable: authenticators,
    }),
    providers,
    secret: authSecret(),
    trustHost: true,
    useSecureCookies: config.APP_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      async signIn({ user, email }) {
        if (!(await maySignIn(db, { userId: user.id }))) return false;
        // A magic link about to be sent (form or a direct POST to /api/auth/signin/email).
        if (email?.verificationRequest && user.email) await limitMagicLink(db, { email: user.email, address: clientIp(await headers()) });
        return true;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id)).limit(1);
          token.sv = row?.sessionVersion ?? 1;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
        return session;
      },
    },
  };
}

// Built once per process (the database handle and adapter do not change), not per request.
let config: Promise<NextAuthConfig> | undefined;
const nextAuth = NextAuth(() =>
  (config ??= buildConfig().catch((error: unknown) => {
    config = undefined; // retry on the next request, e.g. once the database is back
    throw error;
  })),
);

export const { handlers, signIn, signOut } = nextAuth;
/** One session lookup per request, however many components ask. */
export const auth = cache(nextAuth.auth);
