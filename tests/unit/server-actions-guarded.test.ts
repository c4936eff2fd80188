import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every exported server action must call a guard (requireUser / requireAdmin /
// requireProviderMember) before anything else, unless it is one of the few that
// exist for signed-out visitors. A new action that forgets its guard fails here.
const publicActions = new Set([
  "signInWithPassword",
  "sendSignInLink",
  "signUp",
  "sendPasswordReset",
  "chooseNewPassword",
  "signOutAction",
  "signInWithOAuth",
]);

function actionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return actionFiles(full);
    return /\.tsx?$/.test(entry) && /^["']use server["']/m.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

describe("server actions", () => {
  const files = actionFiles(path.resolve("app"));

  it("are found", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const actions = [...source.matchAll(/export async function (\w+)\([^)]*\)[^{]*\{([\s\S]*?)\n\}/g)];
    for (const [, name, body] of actions) {
      it(`${path.relative(process.cwd(), file)} › ${name} is guarded or known to be public`, () => {
        const firstStatement = body!.trim().split("\n")[0] ?? "";
        const guarded = /await require(User|Admin|ProviderMember)\(/.test(firstStatement);
        expect(guarded || publicActions.has(name!)).toBe(true);
      });
    }
  }
});
