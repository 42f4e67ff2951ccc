// Types of page-cache.mjs (plain JavaScript, so the production server runs without a build step).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export const DATA_VERSION_CHANNEL: string;
export const DEFAULT_PAGE_CACHE_MB: number;
export const CACHE_CONTROL: string;
export function pageCacheBytes(value: string | undefined): number;
export function hasSessionCookie(req: { headers: IncomingHttpHeaders }): boolean;
export function languageRoutingMayAnswer(pathname: string, headers: IncomingHttpHeaders): boolean;
export function cacheKeyOf(req: { method?: string; url?: string; headers: IncomingHttpHeaders }): string | null;
export function splitAtNonce(body: Buffer, nonce: string | undefined): Buffer[];
export function nonceOf(policy: string | undefined): string | undefined;
export function newNonce(): string;
export function untilNextUtcDay(now: number): number;

/** A kept page compressed once, segment by segment, without its nonce (page-cache.mjs). */
export interface Gzipped {
  segments: Buffer[];
  nonceLength: number;
  baseCrc: number;
  nonceWeight: number;
  zeroNonceCrc: number;
  length: number;
}
export function splicedCrc(zipped: Gzipped, nonce: Buffer): number;
export function crc32CombineOp(length: number): number;
export function crc32Combine(crcA: number, crcB: number, op: number): number;
export function gzipSegments(segments: Buffer[], nonceLength: number): Promise<Gzipped>;
export function splicedGzip(zipped: Gzipped, nonce: Buffer): { parts: Buffer[]; length: number };

export interface Entry {
  key: string;
  version: string;
  headers: Record<string, string | string[]>;
  segments: Buffer[];
  size: number;
  api?: { etag: string; cacheControl: string; gzipped?: Buffer };
  gzipped?: Gzipped;
}
export function isApiKey(key: string): boolean;
export function materialize(entry: Entry, nonce: string): { body: Buffer; headers: Record<string, string | string[]> };

export class PageCache {
  constructor(options: {
    maxBytes: number;
    buildId?: string;
    onStale?: () => Promise<string | null>;
    replicaReached?: (version: string) => Promise<void>;
  });
  replicaReached?: (version: string) => Promise<void>;
  readonly maxBytes: number;
  onStale: (() => Promise<string | null>) | undefined;
  epoch: number;
  version: string | null;
  listening: boolean;
  checking: number;
  stats: { hits: number; misses: number; stored: number; drops: number };
  readonly enabled: boolean;
  readonly serving: boolean;
  readonly bytes: number;
  clear(): void;
  connected(version: string): void;
  disconnected(): void;
  changed(version: string): void;
  observed(version: string): void;
  recheck(): void;
  etag(key: string, version: string): string;
  get(key: string): Entry | undefined;
  set(entry: Entry): boolean;
  inflight: Map<string, Promise<void>>;
  handle(req: IncomingMessage, res: ServerResponse, render: () => void): boolean;
}

export function replicaReachedOn(connectionString: string): (version: string) => Promise<void>;
export function listenForDataVersion(options: {
  replicaConnectionString?: string;
  connectionString: string;
  cache: PageCache;
  log?: (line: string) => void;
  minDelayMs?: number;
  maxDelayMs?: number;
  heartbeatMs?: number;
}): { stop(): Promise<void> };
