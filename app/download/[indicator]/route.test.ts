// The CSV download's absolute links: figure_url is on the configured public address, whatever
// address the request reached the server at (the bind address 0.0.0.0, or a forged Host).
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isHxlHashtag } from "@/lib/domain/figure-columns";
import { seedDemoData } from "@/prisma/seed/seed";

const PUBLIC = "https://ledger.example.org";
let GET: (request: Request, context: { params: Promise<{ indicator: string }> }) => Promise<Response>;

beforeAll(async () => {
  process.env.PUBLIC_URL = `${PUBLIC}/`;
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  await seedDemoData(prisma);
  ({ GET } = await import("./route"));
});

describe("GET /download/<indicator>", () => {
  it("links every row to its figure on PUBLIC_URL, not on the address the request came in on", async () => {
    for (const requestUrl of ["http://0.0.0.0:3000", "http://evil.example"]) {
      const url = `${requestUrl}/download/remaining-population?place=UA14&view=claims`;
      const request = new Request(url, { headers: { Host: "evil.example" } });
      const response = await GET(request, { params: Promise.resolve({ indicator: "remaining-population" }) });
      expect(response.status).toBe(200);
      const [hashtags, ...rows] = parse(await response.text(), { columns: true }) as Array<{ figure_id: string; figure_url: string }>;
      // The HXL hashtag row under the header.
      for (const tag of Object.values(hashtags!)) expect(isHxlHashtag(tag), tag).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.figure_url).toBe(`${PUBLIC}/figures/${row.figure_id}`);
    }
  });
});
