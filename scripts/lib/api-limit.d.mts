// Types of api-limit.mjs (plain JavaScript, so the production server runs without a build step).
import type { IncomingHttpHeaders, ServerResponse } from "node:http";

export function isApiRead(req: { method?: string; url?: string }): boolean;
export function createApiReadLimiter(env: Record<string, string | undefined>): { consume(address: string): Promise<number | null> };
export function clientAddress(headers: IncomingHttpHeaders): string;
export function tooManyApiReads(res: ServerResponse, seconds: number): void;
