/** Only same-site paths: "/x" yes; "//evil.test", "https://evil.test", "/\\evil" no. */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
