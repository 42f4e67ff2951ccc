import "server-only";
// next-auth (v4) configuration: email and password against the User table. next-auth keeps
// only a session id in its encrypted cookie; whether that session still works, and who it
// belongs to with which role, is read from the database on every request (current-user.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endSession } from "@/lib/data/sessions";
import { safeCallbackPath } from "@/lib/domain/safe-callback";
import { signInSchema } from "@/lib/domain/user-schema";
import { env } from "@/lib/env";
import { publicAddressIsHttps } from "@/lib/http/security-headers";
import { requestOrigin } from "./request-origin";
import { signInWithPassword } from "./sign-in";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    sessionId?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** The error code the sign-in form turns into "too many attempts, wait N minutes". */
export const THROTTLED_ERROR_PREFIX = "Throttled:";
/** Error codes the sign-in form turns into its second step (the code field) and its message. */
export const SECOND_FACTOR_ERRORS = { code_required: "SecondFactorRequired", code_invalid: "SecondFactorInvalid" } as const;

export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET, SESSION_MAX_HOURS } = env();
  return {
    secret: NEXTAUTH_SECRET,
    // Secure (and __Secure-/__Host- prefixed) cookies exactly when the public address is https.
    useSecureCookies: publicAddressIsHttps(process.env),
    session: { strategy: "jwt", maxAge: SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication code", type: "text" },
        },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const result = await signInWithPassword(parsed.data, requestOrigin(req.headers ?? {}));
          if (result.ok) return { id: String(result.userId), sessionId: result.sessionId };
          if (result.reason === "throttled") throw new Error(`${THROTTLED_ERROR_PREFIX}${result.retryAfterSeconds}`);
          if (result.reason === "code_required" || result.reason === "code_invalid") throw new Error(SECOND_FACTOR_ERRORS[result.reason]);
          return null;
        },
      }),
    ],
    callbacks: {
      // Where next-auth sends the browser after signing in or out: only paths of this site
      // (next-auth's default lets through e.g. "/\\evil.example", which browsers read as a host).
      redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
      },
      jwt({ token, user }) {
        // Only the session id goes into the cookie: no name, email or role to go stale.
        if (user?.sessionId) return { sid: user.sessionId, sub: token.sub };
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await endSession(token.sid, "sign_out");
      },
    },
  };
}
