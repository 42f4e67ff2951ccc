// Runs once when the server starts: a missing or malformed setting stops it with a clear
// message instead of failing at the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
  }
}
