// The server's environment, parsed with zod so a missing or malformed setting fails fast with
// a clear message (instrumentation.ts checks all of it when the server starts) instead of at
// the first request.
import { z } from "zod";

const databaseSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. `npm start` sets it for the embedded database; set it yourself to use another PostgreSQL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  /**
   * Optional: a PostgreSQL streaming replica for public reads (lib/db.ts `readPrisma`); unset, public
   * reads go to DATABASE_URL. Same roles and database as DATABASE_URL, on the standby.
   */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_READ_URL must be a postgresql:// connection string (a streaming replica of DATABASE_URL)")
    .optional(),
  /** Connections in this process's pool (and as many again in the replica's pool when DATABASE_READ_URL is set). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

/** An http(s) address with nothing after the host and port (a trailing slash is dropped). */
const publicAddress = (name: string) =>
  z
    .url({ protocol: /^https?$/, error: `${name} must be an http:// or https:// address, e.g. https://ledger.example.org` })
    .refine((value) => {
      if (!URL.canParse(value)) return true; // the url check above has said so already
      const url = new URL(value);
      return url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
    }, `${name} must be only the scheme, host and port (no path, query or credentials), e.g. https://ledger.example.org`)
    .transform((value) => new URL(value).origin);

/** Rate limits (lib/data/rate-limits.ts): requests allowed per window of RATE_LIMIT_WINDOW_SECONDS. */
const rateLimitShape = {
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Server actions per signed-in user. */
  RATE_LIMIT_ACTIONS_PER_USER: z.coerce.number().int().min(1).default(60),
  /** POST requests (server actions, sign-in) per client address; offices share addresses. */
  RATE_LIMIT_POSTS_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
  /** Route handlers (CSV downloads, /api/*) per client address. */
  RATE_LIMIT_ROUTES_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
};
const rateLimitSchema = z.object(rateLimitShape);

const schema = databaseSchema.extend({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs and encrypts session cookies. `npm start` makes one in .data/ when it is not set. */
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set: give it a random value of at least 32 characters (openssl rand -base64 32)." })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters long"),
  /** A session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** A session ends this many hours after sign-in, however active. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** "true" when a reverse proxy in front of the app sets X-Forwarded-For (see scripts/server.mjs). */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** The app's public address for absolute links (CSV, embed code); NEXTAUTH_URL's origin when unset. */
  PUBLIC_URL: publicAddress("PUBLIC_URL").optional(),
  /** next-auth's own setting; its origin is the public address when PUBLIC_URL is unset. */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be an http:// or https:// address" }).optional(),
  /** Megabytes of rendered public pages each server process keeps (scripts/lib/page-cache.mjs); 0 turns the cache off. */
  PAGE_CACHE_MB: z.coerce
    .number({ error: "PAGE_CACHE_MB must be a number of megabytes (0 turns the page cache off)" })
    .min(0)
    .max(65_536)
    .default(64),
  ...rateLimitShape,
});

export type Env = z.infer<typeof schema>;

function parse<T extends z.ZodType>(zodSchema: T): z.infer<T> {
  const parsed = zodSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** Every setting of the web app. */
export function env(): Env {
  cached ??= parse(schema);
  return cached;
}

/** Only what the database client needs (also used by command-line tools). */
export function databaseEnv(): z.infer<typeof databaseSchema> {
  return parse(databaseSchema);
}

/**
 * The address the public reaches the app at, for absolute links: PUBLIC_URL, else NEXTAUTH_URL's
 * origin, else localhost on PORT. Never the request's Host header or the address the server is
 * bound to (0.0.0.0), which a client can forge or cannot reach.
 */
export function publicOrigin(): string {
  const settings = env();
  if (settings.PUBLIC_URL) return settings.PUBLIC_URL;
  if (settings.NEXTAUTH_URL) return new URL(settings.NEXTAUTH_URL).origin;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Only the rate limits (the proxy and the guard read them on every request; parsed once). */
let cachedRateLimits: z.infer<typeof rateLimitSchema> | undefined;
export function rateLimitEnv(): z.infer<typeof rateLimitSchema> {
  cachedRateLimits ??= parse(rateLimitSchema);
  return cachedRateLimits;
}
