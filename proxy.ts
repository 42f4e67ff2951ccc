// Runs before every request (Next.js 16 "proxy", formerly middleware). A server-action request
// with a body React cannot decode answers 400 here instead of a 500 from Next.js's decoder.
import { NextResponse, type NextRequest } from "next/server";
import { isUndecodableActionRequest } from "@/lib/http/action-request";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (await isUndecodableActionRequest(request)) {
    const headers = { "Content-Type": "text/plain; charset=utf-8" };
    return new NextResponse("Malformed server action request.\n", { status: 400, headers });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
