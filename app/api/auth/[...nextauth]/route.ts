import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { readLimitedBytes } from "@/lib/request/read-limited-body";

export const { GET } = handlers;

// Auth.js reads form posts (sign-in, magic-link requests) without a size limit. A real
// one is a few hundred bytes; anything past 64 kB is refused before Auth.js parses it.
const MAX_AUTH_BODY_BYTES = 64 * 1024;

export async function POST(request: NextRequest) {
  const body = await readLimitedBytes(request, MAX_AUTH_BODY_BYTES);
  if (body === null) return new Response("Request body too large", { status: 413 });
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body: body as BodyInit }));
}
