// Types of edge.mjs (plain JavaScript, so the production server runs without a build step).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export const BODY_LIMIT_BYTES: number;
export function sanitizeForwardingHeaders(headers: IncomingHttpHeaders, trustProxy: boolean, remoteAddress: string | undefined): void;
export function dropRewriteHeader(req: IncomingMessage, res: ServerResponse): void;
export function hasMalformedPath(url: string | undefined): boolean;
export function isCrossOriginWrite(
  req: { method?: string; headers: IncomingHttpHeaders },
  options: { trustProxy: boolean; publicUrl?: string },
): boolean;
export function declaresTooLargeBody(headers: IncomingHttpHeaders, limit?: number): boolean;
export function readUndeclaredBody(req: IncomingMessage, limit?: number): Promise<IncomingMessage | null>;
export function hasUndeclaredBody(req: { method?: string; headers: IncomingHttpHeaders }): boolean;
export function wantsJson(url: string | undefined): boolean;
export const messages: { badPath: string; crossOrigin: string; tooLarge: string; importTooLarge: string };
export const IMPORT_UPLOAD_PATH: string;
export const IMPORT_FILE_LIMIT_BYTES: number;
export function bodyLimitFor(url: string | undefined): number;
export function tooLargeMessage(url: string | undefined): string;
export function refuse(req: IncomingMessage, res: ServerResponse, status: 400 | 403 | 413, message: string): void;
