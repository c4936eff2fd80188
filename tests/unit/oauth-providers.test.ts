import { describe, expect, it } from "vitest";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";

describe("configuredOAuthProviders", () => {
  it("offers GitHub and Google only when both their id and secret are set", () => {
    expect(configuredOAuthProviders({})).toEqual([]);
    expect(configuredOAuthProviders({ AUTH_GITHUB_ID: "id" })).toEqual([]);
    expect(configuredOAuthProviders({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" }).map((p) => p.id)).toEqual(["github"]);
    expect(
      configuredOAuthProviders({ AUTH_GITHUB_ID: "a", AUTH_GITHUB_SECRET: "b", AUTH_GOOGLE_ID: "c", AUTH_GOOGLE_SECRET: "d" }).map((p) => p.name),
    ).toEqual(["GitHub", "Google"]);
  });
});
