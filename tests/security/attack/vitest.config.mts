import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

// `npm run test:security`: the attack suite against a production build served by
// server.mjs, on a database of its own (docs/SECURITY.md). Files run one after another:
// they share one server and its rate-limit counters.
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/security/attack/**/*.attack.ts"],
    // Enabled by the lead after merging issue 14 (it targets A's SVG extraction fix).
    exclude: ["tests/security/attack/regex-bomb.attack.ts"],
    environment: "node",
    globalSetup: ["tests/security/attack/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
