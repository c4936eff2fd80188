import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts", "db/**/*.test.ts"],
    environment: "node",
    // Each file gets its own database; PGlite start-up plus migrations take a moment.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
