// Any other address under /api: a JSON 404 for every method (never the site's HTML 404 page). Changes nothing.
import { notFound, preflight } from "@/lib/api/http";

export const dynamic = "force-dynamic";

const answer = async () => notFound();
export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const OPTIONS = async () => preflight();
