import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Check your email" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const { from } = await searchParams;
  const text =
    from === "signup"
      ? "We sent you a link to confirm your email and finish creating your account."
      : from === "reset"
        ? "If an account exists for that email, we sent a link to choose a new password. It expires in 30 minutes."
        : "If that email can sign in, a one-time sign-in link is on its way. It expires in 10 minutes.";
  return (
    <Card className="space-y-3 p-8 text-center">
      <h1 className="text-2xl font-bold tracking-tight">Check your email</h1>
      <p className="text-slate-700">{text}</p>
      <p className="text-sm text-slate-600">
        Nothing arrived? Check your spam folder, or{" "}
        <Link href="/signin" className="font-medium text-brand-700 hover:underline">
          try again
        </Link>
        .
      </p>
    </Card>
  );
}
