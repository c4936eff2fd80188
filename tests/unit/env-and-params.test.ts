import { describe, expect, it } from "vitest";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { parseEnv } from "@/lib/config/env";

describe("parseEnv", () => {
  it("defaults to the embedded database", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("names the variable and what it expects", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres:\/\//);
    expect(() => parseEnv({ APP_URL: "not a url" })).toThrow(/APP_URL: must be an absolute URL/);
    expect(() => parseEnv({ SEED_DEMO: "sometimes" })).toThrow(/SEED_DEMO/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});

describe("parseCatalogQuery", () => {
  const empty = { skill: [], level: [], language: [], provider: [], duration: [] };
  it("keeps valid values and drops only the invalid ones", () => {
    expect(parseCatalogQuery({ skill: "sql", page: "2" })).toEqual({ ...empty, skill: ["sql"], page: 2 });
    expect(parseCatalogQuery({ skill: "DROP TABLE", page: "2" })).toEqual({ ...empty, page: 2 });
    expect(parseCatalogQuery({ skill: "sql", page: "-4" })).toEqual({ ...empty, skill: ["sql"], page: 1 });
    expect(parseCatalogQuery({ level: ["beginner", "advanced"], q: "  sql  " })).toEqual({ ...empty, level: ["beginner", "advanced"], q: "sql", page: 1 });
  });
});

describe("production configuration", () => {
  it("requires AUTH_SECRET and an https APP_URL", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "https://microcred.example" })).toThrow(/AUTH_SECRET: is required in production/);
    const secret = "x".repeat(40);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "http://microcred.example" })).toThrow(/APP_URL: must be an https/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://microcred.example" })).toThrow(/CREDENTIALS_MASTER_KEY: is required in production/);
    const masterKey = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, CREDENTIALS_MASTER_KEY: masterKey, APP_URL: "https://microcred.example" }).APP_URL).toBe("https://microcred.example");
    expect(() => parseEnv({ CREDENTIALS_MASTER_KEY: "c2hvcnQ=" })).toThrow(/CREDENTIALS_MASTER_KEY: must be 32 random bytes/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "http://localhost:3100" }).APP_URL).toBe("http://localhost:3100");
  });
});
