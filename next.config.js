// @ts-check
const isProduction = process.env.NODE_ENV === "production";

// Strict by default. Next.js injects inline bootstrap scripts, hence 'unsafe-inline'
// for scripts; dev mode additionally needs eval for fast refresh.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Lesson videos: YouTube (no-cookie host) and Vimeo players, or a video file over https.
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "media-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/**
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
const nextConfig = (phase) => ({
  // PGlite ships WASM and must be loaded by Node, not bundled.
  // The Verifiable Credential libraries are ESM with dynamic requires (jsonld, rdf-canonize)
  // and resvg is a native addon: all are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "postgres",
    "@resvg/resvg-js",
    "@digitalbazaar/vc",
    "@digitalbazaar/data-integrity",
    "@digitalbazaar/eddsa-rdfc-2022-cryptosuite",
    "@digitalbazaar/ed25519-multikey",
    "@digitalbazaar/vc-bitstring-status-list",
    "jsonld-signatures",
    "jsonld",
    "rdf-canonize",
    // Job queue, shared cache and limits: plain Node packages with optional native or
    // dynamic requires (pg-native, drizzle-orm inside rate-limiter-flexible).
    "pg-boss",
    "pg",
    "@redis/client",
    "@fortedigital/nextjs-cache-handler",
    "rate-limiter-flexible",
  ],
  poweredByHeader: false,
  // forbidden() → app/forbidden.tsx with a real 403 status.
  // Server actions carry cover and logo uploads (at most 2 MB each, lib/uploads).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  typedRoutes: false,
  async headers() {
    // Uploaded files get no site CSP: a sandbox that allows nothing (issue 15 §8), so an
    // upload opened directly can never run or load anything, whatever its bytes are.
    const uploadHeaders = securityHeaders.map((h) => (h.key === "Content-Security-Policy" ? { key: h.key, value: "default-src 'none'; sandbox" } : h));
    return [
      { source: "/((?!uploads/).*)", headers: securityHeaders },
      { source: "/uploads/:path*", headers: uploadHeaders },
    ];
  },
  // Several instances share one cache in Redis (cache-handler.mjs); the per-process memory
  // layer is off so no instance answers from a copy another one has invalidated. Read at
  // `next start`, so one build serves both set-ups; the build itself never touches Redis.
  ...(process.env.REDIS_URL && phase !== "phase-production-build"
    ? { cacheHandler: require.resolve("./cache-handler.mjs"), cacheMaxMemorySize: 0 }
    : {}),
});

module.exports = nextConfig;
