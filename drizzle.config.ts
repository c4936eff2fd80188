import { defineConfig } from "drizzle-kit";

// Same migrations for both drivers: drizzle-kit talks to the embedded PGlite data
// directory when DATABASE_URL is unset, and to the real Postgres otherwise.
const url = process.env.DATABASE_URL;

export default url
  ? defineConfig({ dialect: "postgresql", schema: "./db/schema.ts", out: "./db/migrations", dbCredentials: { url } })
  : defineConfig({
      dialect: "postgresql",
      driver: "pglite",
      schema: "./db/schema.ts",
      out: "./db/migrations",
      dbCredentials: { url: process.env.PGLITE_DIR ?? "./.data/pglite" },
    });
