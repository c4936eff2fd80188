import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, passwordSchema, verifyPassword } from "./passwords";

export const nameSchema = z.string().trim().min(1, "Enter your name").max(100, "Name is too long");

export async function updateName(db: Db, input: { userId: string; name: string }): Promise<void> {
  await db.update(users).set({ name: nameSchema.parse(input.name) }).where(eq(users.id, input.userId));
}

export const changePasswordSchema = z
  .object({ currentPassword: z.string().max(200), newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords don't match" });

/** Accounts created by magic link or OAuth have no password yet and may set one. */
export async function changePassword(
  db: Db,
  input: { userId: string; currentPassword: string; newPassword: string },
): Promise<{ ok: true } | { ok: false; reason: "wrong_password" }> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId)).limit(1);
  if (!user) return { ok: false, reason: "wrong_password" };
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, reason: "wrong_password" };
  }
  await db.update(users).set({ passwordHash: await hashPassword(input.newPassword) }).where(eq(users.id, input.userId));
  return { ok: true };
}
