import { z } from "zod";

// Every environment variable the app reads, validated once. A bad value stops the
// process with a message naming the variable, instead of failing later in a query.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200, "must be between 1 and 200").default(10),
  PGLITE_DIR: z.string().min(1, "must be a directory path").default(".data/pglite"),
  APP_URL: z.url("must be an absolute URL such as https://microcred.example").default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (run: openssl rand -base64 32)").optional(),
  AUTH_GITHUB_ID: z.string().min(1).optional(),
  AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Microcred <no-reply@microcred.test>"),
  MAIL_OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
  PUBLIC_API_RATE_LIMIT: z.coerce.number().int().min(1, "must be at least 1").default(600).describe("requests per minute per IP, shared by all instances (Redis or Postgres)"),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, "must be a Stripe secret or restricted key (sk_… or rk_…)")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, "must be a webhook signing secret (whsec_…)").optional(),
  STRIPE_CONNECT_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_/, "must be a webhook signing secret (whsec_…)")
    .optional()
    .describe("signing secret of the Connect endpoint (account.updated from connected accounts)"),
  PAYMENTS_TEST_MODE: z
    .enum(["off", "local"], { message: 'must be "off" or "local"' })
    .optional()
    .describe("local: simulated Stripe with a labelled test checkout; only without Stripe keys and only on localhost"),
  AUTH_RATE_LIMIT_SCALE: z.coerce
    .number()
    .int()
    .min(1, "must be at least 1")
    .max(1000, "must be at most 1000")
    .default(1)
    .describe("multiplies sign-in rate limits; for local test runs only"),
  // Uploads (cover images, logos, achievement images): local disk by default, or an
  // S3-compatible store when UPLOADS_S3_BUCKET is set.
  UPLOADS_DIR: z.string().min(1, "must be a directory path").default(".data/uploads"),
  UPLOADS_S3_BUCKET: z.string().min(3, "must be a bucket name").optional(),
  UPLOADS_S3_ENDPOINT: z.url("must be an absolute URL such as https://s3.example.com").optional(),
  UPLOADS_S3_REGION: z.string().min(1).default("us-east-1"),
  UPLOADS_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  UPLOADS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  CREDENTIALS_MASTER_KEY: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 random bytes, base64 (run: openssl rand -base64 32)")
    .optional()
    .describe("encrypts issuers' private signing keys at rest; development generates one under .data/"),
  // Hardening (issue 15): client addresses, database timeouts.
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(0, "must be 0 or more")
    .max(10, "must be at most 10")
    .default(0)
    .describe("proxies in front of the app that append to X-Forwarded-For; 0 = the socket address (docs/SECURITY.md)"),
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60, "must be at most 60").default(5),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100, "must be at least 100").max(600_000).default(15_000),
  // Scale-out (issue 17): where after-commit jobs run, the shared cache and limits, replicas.
  WORKERS: z
    .enum(["inline", "off"], { message: 'must be "inline" or "off"' })
    .default("inline")
    .describe("inline: each app instance runs the job worker; off: run `npm run worker` separately"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional()
    .describe("shared Next.js cache and rate limits for several instances; unset: file cache, Postgres limits"),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w.-]{1,40}$/, "must be 1-40 letters, digits, dots, dashes or underscores").default("microcred"),
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const urls = (value ?? "").split(",").map((u) => u.trim()).filter(Boolean);
      for (const url of urls) if (!/^postgres(ql)?:\/\//.test(url)) ctx.addIssue({ code: "custom", message: "must be comma-separated postgres:// URLs" });
      return urls;
    })
    .describe("read replicas for read-only catalog queries (comma separated)"),
  SEED_DEMO: z
    .enum(["auto", "never"], { message: 'must be "auto" or "never"' })
    .default("auto")
    .describe("auto: seed the demo marketplace into an empty embedded database on start"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  // Hardening (issue 15): without APP_URL the server's own port decides it (Next.js sets
  // PORT once it listens), so `npm run dev -- -p 3400` sends Stripe and mail links to 3400.
  cleaned.APP_URL ??= appUrlFromPort(cleaned.PORT);
  const result = envSchema
    .superRefine((value, ctx) => {
      // Development generates a secret under .data/; production must be configured.
      const building = source.NEXT_PHASE === "phase-production-build";
      if (value.NODE_ENV === "production" && !value.AUTH_SECRET && !building) {
        ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (run: openssl rand -base64 32)" });
      }
      // Session cookies are Secure exactly when the site is served over https.
      const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(value.APP_URL);
      // A generated master key under .data/ is for development and local test servers only.
      if (value.NODE_ENV === "production" && !value.CREDENTIALS_MASTER_KEY && !building && !local) {
        ctx.addIssue({ code: "custom", path: ["CREDENTIALS_MASTER_KEY"], message: "is required in production (run: openssl rand -base64 32)" });
      }
      if (value.NODE_ENV === "production" && !building && !value.APP_URL.startsWith("https://") && !local) {
        ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "must be an https:// URL in production" });
      }
      if (value.STRIPE_SECRET_KEY && !value.STRIPE_WEBHOOK_SECRET && !building) {
        ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "is required when STRIPE_SECRET_KEY is set" });
      }
      if (value.AUTH_RATE_LIMIT_SCALE !== 1 && !local) {
        ctx.addIssue({ code: "custom", path: ["AUTH_RATE_LIMIT_SCALE"], message: "can only be raised when APP_URL is http://localhost" });
      }
      const portMismatch = value.NODE_ENV === "development" && local && source.PORT && new URL(value.APP_URL).port !== source.PORT;
      if (portMismatch) {
        ctx.addIssue({
          code: "custom",
          path: ["APP_URL"],
          message: `is ${value.APP_URL} but this server runs on port ${source.PORT}: set APP_URL=http://localhost:${source.PORT} or leave it unset`,
        });
      }
      if (value.UPLOADS_S3_BUCKET && (!value.UPLOADS_S3_ACCESS_KEY_ID || !value.UPLOADS_S3_SECRET_ACCESS_KEY)) {
        ctx.addIssue({ code: "custom", path: ["UPLOADS_S3_ACCESS_KEY_ID"], message: "and UPLOADS_S3_SECRET_ACCESS_KEY are required when UPLOADS_S3_BUCKET is set" });
      }
      if (value.PAYMENTS_TEST_MODE === "local" && value.STRIPE_SECRET_KEY) {
        ctx.addIssue({ code: "custom", path: ["PAYMENTS_TEST_MODE"], message: "cannot be local while STRIPE_SECRET_KEY is set" });
      }
      if (value.DATABASE_REPLICA_URLS.length > 0 && !value.DATABASE_URL) {
        ctx.addIssue({ code: "custom", path: ["DATABASE_REPLICA_URLS"], message: "needs DATABASE_URL (replicas of the embedded database do not exist)" });
      }
      if (value.PAYMENTS_TEST_MODE === "local" && !local) {
        ctx.addIssue({ code: "custom", path: ["PAYMENTS_TEST_MODE"], message: "local test payments only run when APP_URL is http://localhost" });
      }
    })
    .safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

function appUrlFromPort(port: string | undefined): string | undefined {
  return port && /^\d{1,5}$/.test(port) ? `http://localhost:${port}` : undefined;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
