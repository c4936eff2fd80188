import { z } from "zod";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { emailSchema } from "./email";
import { hashPassword, passwordSchema } from "./passwords";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Name is too long"),
  email: emailSchema,
  password: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

// Creates an unconfirmed learner account. The caller sends the confirmation link
// either way, so the response never tells whether the email was already taken.
export async function registerUser(db: Db, input: SignUpInput): Promise<{ created: boolean }> {
  const passwordHash = await hashPassword(input.password);
  const inserted = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return { created: inserted.length > 0 };
}
