// The benchmark's results: their JSON shape and the tables printed from them.
import type { GenerateResult } from "./generate";

export interface PageResult {
  page: string;
  path: string;
  status: number;
  /** Measured requests that did not answer 200 (-1 timeout, 0 network error). */
  errors: number;
  p50Ms: number;
  p95Ms: number;
  bytes: number;
  /** Of `bytes`, the React Server Components payload inlined in the HTML (the self.__next_f.push scripts); absent in older results. */
  payloadBytes?: number | null;
  sqlMsPerRequest: number;
  sqlStatementsPerRequest: number;
  sqlRowsPerRequest: number;
  sqlTempBlocksPerRequest: number;
  /** Server time p50 / SQL time: how much of a request is spent outside the database. */
  appOverSql: number | null;
  /** "... could not be loaded" panels in the measured requests' pages, all together (a query failed, e.g. the pool timed out). */
  failedPanels: number;
  /** The app's pool timeouts logged during the measured requests. */
  poolTimeouts: number;
  firstLoadJsKbGzip: number | null;
  peakRssMbAfter: number | null;
}

export interface ThroughputResult {
  target: string;
  requestsPerSecond: number;
  completed: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencyP50Ms: number;
  latencyP97_5Ms: number;
  ofStatic?: number | null;
  /** X-Cache of a request just before the run ("hit": the run measured the page cache); absent in older results. */
  cache?: string | null;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  options: { figures: number; requests: number; duration: number; connections: number; timeoutSeconds: number; seed: number };
  dataSet: GenerateResult & {
    generateSeconds: number;
    busiestSettlement: { pcode: string; name: string; claims: number };
    /** --data-dir: the folder whose kept data set this run measured (generateSeconds is then that of the run that made it). */
    reusedFrom?: string;
  };
  sqlTimeFrom: string;
  pages: PageResult[];
  throughput: ThroughputResult[];
  peakRssMb: { afterSequential: number | null; afterThroughput: number | null };
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n} ms`);
export const size = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(0)} kB` : `${bytes} B`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A Markdown table (pasted as is into the README). */
export function formatResults(r: BenchResults): string {
  const d = r.dataSet;
  const n = r.options.requests;
  const head =
    `${r.options.figures.toLocaleString("en")} synthetic figures (${d.figures.toLocaleString("en")} in all), ` +
    `${d.locations.settlements.toLocaleString("en")} settlements, ${d.sources} sources; generated in ${d.generateSeconds} s. ` +
    `Busiest settlement: ${d.busiestSettlement.pcode} (${d.busiestSettlement.claims.toLocaleString("en")} published casualty claims). ` +
    `${n} sequential requests per page after one warm-up (failed panels and pool timeouts: all ${n} together); ` +
    `${r.machine.cpus} CPUs (${r.machine.cpuModel}), node ${r.machine.node}.`;
  const pages = table(
    [
      "page",
      "p50",
      "p95",
      "HTML (of which payload)",
      "SQL / request",
      "statements",
      "rows",
      "spilled",
      "app / SQL",
      "failed panels / pool timeouts",
      "first-load JS (gzip)",
      "errors",
    ],
    r.pages.map((p) => [
      `\`${p.page}\``,
      ms(p.p50Ms),
      ms(p.p95Ms),
      p.payloadBytes == null ? size(p.bytes) : `${size(p.bytes)} (${size(p.payloadBytes)})`,
      ms(Math.round(p.sqlMsPerRequest)),
      String(p.sqlStatementsPerRequest),
      p.sqlRowsPerRequest.toLocaleString("en"),
      size(p.sqlTempBlocksPerRequest * 8192),
      p.appOverSql === null ? "-" : `${p.appOverSql}x`,
      `${p.failedPanels} / ${p.poolTimeouts ?? "-"}`,
      p.firstLoadJsKbGzip === null ? "-" : `${p.firstLoadJsKbGzip} kB`,
      String(p.errors),
    ]),
  );
  const throughput = table(
    ["throughput", "page cache", "requests/s", "of static", "completed", "latency p50", "non-2xx / errors / timeouts"],
    r.throughput.map((t) => [
      t.target,
      t.cache ?? "-",
      String(t.requestsPerSecond),
      t.ofStatic == null ? "-" : `${t.ofStatic}x`,
      String(t.completed),
      ms(t.latencyP50Ms),
      `${t.non2xx} / ${t.errors} / ${t.timeouts}`,
    ]),
  );
  const rss =
    `Node's peak RSS (VmHWM): ${r.peakRssMb.afterSequential} MB after the sequential requests, ` +
    `${r.peakRssMb.afterThroughput} MB after the throughput runs ` +
    `(autocannon: ${r.options.connections} connections x ${r.options.duration} s each).`;
  // autocannon counts only responses that finished within the run: with slow pages, few did.
  const few = r.throughput.filter((t) => t.completed < 2 * r.options.connections).map((t) => t.target);
  const warning = few.length
    ? `\nFewer than 2 responses per connection finished for ${few.join(", ")}: their requests/s are rough; raise --duration.`
    : "";
  return [head, "", pages, "", throughput, "", rss + warning].join("\n");
}

/** Two runs side by side: p50, bytes, SQL and throughput, before -> after. */
export function formatComparison(before: BenchResults, after: BenchResults): string {
  const rows = after.pages.map((p) => {
    const b = before.pages.find((x) => x.page === p.page);
    const pair = (f: (x: PageResult) => string) => `${b ? f(b) : "-"} → ${f(p)}`;
    return [
      `\`${p.page}\``,
      pair((x) => ms(x.p50Ms)),
      pair((x) => ms(x.p95Ms)),
      pair((x) => size(x.bytes)),
      pair((x) => ms(Math.round(x.sqlMsPerRequest))),
      pair((x) => (x.firstLoadJsKbGzip === null ? "-" : `${x.firstLoadJsKbGzip} kB`)),
    ];
  });
  const tput = after.throughput.map((t) => {
    const b = before.throughput.find((x) => x.target === t.target);
    return [t.target, `${b?.requestsPerSecond ?? "-"} → ${t.requestsPerSecond}`, `${b?.ofStatic ?? "-"} → ${t.ofStatic ?? "-"}`];
  });
  return [
    `Before: ${before.startedAt} (${before.options.figures.toLocaleString("en")} figures); ` +
      `after: ${after.startedAt} (${after.options.figures.toLocaleString("en")} figures)`,
    "",
    table(["page", "p50", "p95", "HTML", "SQL / request", "first-load JS"], rows),
    "",
    table(["throughput", "requests/s", "of static"], tput),
    "",
    `Peak RSS: ${before.peakRssMb.afterThroughput} MB → ${after.peakRssMb.afterThroughput} MB`,
  ].join("\n");
}
