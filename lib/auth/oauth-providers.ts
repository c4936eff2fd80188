import type { Env } from "@/lib/config/env";

export type OAuthProviderConfig = { id: "github" | "google"; name: string; clientId: string; clientSecret: string };

/** OAuth sign-in is offered only for providers whose credentials are configured. */
export function configuredOAuthProviders(
  config: Pick<Env, "AUTH_GITHUB_ID" | "AUTH_GITHUB_SECRET" | "AUTH_GOOGLE_ID" | "AUTH_GOOGLE_SECRET">,
): OAuthProviderConfig[] {
  const out: OAuthProviderConfig[] = [];
  if (config.AUTH_GITHUB_ID && config.AUTH_GITHUB_SECRET) {
    out.push({ id: "github", name: "GitHub", clientId: config.AUTH_GITHUB_ID, clientSecret: config.AUTH_GITHUB_SECRET });
  }
  if (config.AUTH_GOOGLE_ID && config.AUTH_GOOGLE_SECRET) {
    out.push({ id: "google", name: "Google", clientId: config.AUTH_GOOGLE_ID, clientSecret: config.AUTH_GOOGLE_SECRET });
  }
  return out;
}
