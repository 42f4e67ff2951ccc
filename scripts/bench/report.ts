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
  /** Requests/s over the static copy of `/`'s HTML (the issue's "a static file"; the first static row). */
  ofStatic?: number | null;
  /**
   * Of `/` and the domain page: requests/s over the static copy of the same page's HTML (same bytes, so
   * the page's size is left out); absent in older results.
   */
  ofOwnStatic?: number | null;
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
  /** --readers: that many readers at once, each reading every public page once, uncached (absent in older results). */
  concurrent?: {
    readers: number;
    requests: number;
    seconds: number;
    p50Ms: number;
    p95Ms: number;
    maxMs: number;
    errors: number;
    failedPanels: number;
    poolTimeouts: number;
  };
  /** The same pages on the demo data alone (absent with --no-demo and in older results). */
  demo?: {
    requests: number;
    /** Figures in the demo database, all statuses. */
    figures: number;
    /** The demo's busiest place: its pages stand in for "<busiest settlement>". */
    busiestPlace: { pcode: string; name: string; claims: number; adminLevel: number };
    pages: PageResult[];
    comparison: DemoComparison[];
  };
}

/** The goal: a page's p95 at scale at most this many times its demo-scale p95. */
export const DEMO_RATIO_GOAL = 2;

export interface DemoComparison {
  page: string;
  demoP95Ms: number;
  largeP95Ms: number;
  /** large p95 / demo p95. */
  ratio: number | null;
  withinGoal: boolean | null;
}

/** Each page measured at both scales: its p95 on the demo data, on the large data set, and their ratio against the goal. */
export function demoComparison(demo: PageResult[], large: PageResult[]): DemoComparison[] {
  return large.flatMap((l) => {
    const d = demo.find((p) => p.page === l.page);
    if (!d) return [];
    const ratio = d.p95Ms > 0 ? Math.round((l.p95Ms / d.p95Ms) * 100) / 100 : null;
    return [{ page: l.page, demoP95Ms: d.p95Ms, largeP95Ms: l.p95Ms, ratio, withinGoal: ratio === null ? null : ratio <= DEMO_RATIO_GOAL }];
  });
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
    [
      "throughput",
      "page cache",
      "requests/s",
      "of static (`/`)",
      "of its own static copy",
      "completed",
      "latency p50",
      "non-2xx / errors / timeouts",
    ],
    r.throughput.map((t) => [
      t.target,
      t.cache ?? "-",
      String(t.requestsPerSecond),
      t.ofStatic == null ? "-" : `${t.ofStatic}x`,
      t.ofOwnStatic == null ? "-" : `${t.ofOwnStatic}x`,
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
  const c = r.concurrent;
  const concurrent = c
    ? `${c.readers} concurrent readers, each reading every public page once, uncached: ${c.requests} requests in ${c.seconds} s, ` +
      `latency p50 ${ms(c.p50Ms)}, p95 ${ms(c.p95Ms)}, max ${ms(c.maxMs)}; failed panels ${c.failedPanels}, ` +
      `pool timeouts ${c.poolTimeouts}, non-200 answers ${c.errors}.`
    : null;
  return [
    head,
    "",
    pages,
    ...(concurrent ? ["", concurrent] : []),
    "",
    throughput,
    "",
    rss + warning,
    ...(r.demo ? ["", formatDemo(r.demo)] : []),
  ].join("\n");
}

const ratioCell = (c: DemoComparison | undefined) => (c?.ratio == null ? "-" : `${c.ratio}x`);

function formatDemo(demo: NonNullable<BenchResults["demo"]>): string {
  const b = demo.busiestPlace;
  const head =
    `Demo scale: the same pages on the demo data alone (${demo.figures.toLocaleString("en")} figures, a second database, the same build), ` +
    `${demo.requests} sequential requests per page after one warm-up; "<busiest settlement>" is there the demo's busiest place, ` +
    `${b.pcode} ${b.name} (admin level ${b.adminLevel}, ${b.claims} published casualty claims). Goal: large p95 at most ${DEMO_RATIO_GOAL}x demo p95.`;
  const rows = demo.comparison.map((c) => [
    `\`${c.page}\``,
    ms(c.demoP95Ms),
    ms(c.largeP95Ms),
    ratioCell(c),
    c.withinGoal === null ? "-" : c.withinGoal ? "yes" : "NO",
  ]);
  return [head, "", table(["page", "demo p95", "large p95", "large / demo", `within ${DEMO_RATIO_GOAL}x`], rows)].join("\n");
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
      `${ratioCell(before.demo?.comparison.find((c) => c.page === p.page))} → ${ratioCell(after.demo?.comparison.find((c) => c.page === p.page))}`,
    ];
  });
  const tput = after.throughput.map((t) => {
    const b = before.throughput.find((x) => x.target === t.target);
    return [
      t.target,
      `${b?.requestsPerSecond ?? "-"} → ${t.requestsPerSecond}`,
      `${b?.ofStatic ?? "-"} → ${t.ofStatic ?? "-"}`,
      `${b?.ofOwnStatic ?? "-"} → ${t.ofOwnStatic ?? "-"}`,
    ];
  });
  return [
    `Before: ${before.startedAt} (${before.options.figures.toLocaleString("en")} figures); ` +
      `after: ${after.startedAt} (${after.options.figures.toLocaleString("en")} figures)`,
    "",
    table(["page", "p50", "p95", "HTML", "SQL / request", "first-load JS", "p95 large / demo"], rows),
    "",
    table(["throughput", "requests/s", "of static (`/`)", "of its own static copy"], tput),
    "",
    `Peak RSS: ${before.peakRssMb.afterThroughput} MB → ${after.peakRssMb.afterThroughput} MB`,
  ].join("\n");
}
