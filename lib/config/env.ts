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
  PUBLIC_API_RATE_LIMIT: z.coerce.number().int().min(1, "must be at least 1").default(600).describe("requests per minute per IP and instance"),
  SEED_DEMO: z
    .enum(["auto", "never"], { message: 'must be "auto" or "never"' })
    .default("auto")
    .describe("auto: seed the demo marketplace into an empty embedded database on start"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema
    .superRefine((value, ctx) => {
      // Development generates a secret under .data/; production must be configured.
      const building = source.NEXT_PHASE === "phase-production-build";
      if (value.NODE_ENV === "production" && !value.AUTH_SECRET && !building) {
        ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (run: openssl rand -base64 32)" });
      }
      // Session cookies are Secure exactly when the site is served over https.
      const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(value.APP_URL);
      if (value.NODE_ENV === "production" && !building && !value.APP_URL.startsWith("https://") && !local) {
        ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "must be an https:// URL in production" });
      }
    })
    .safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
