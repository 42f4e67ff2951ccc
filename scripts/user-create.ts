// npm run user:create -- --email ada@example.org --role admin [--name "Ada L."] [--organisation "NGO"]
// Creates a user, for bootstrapping a production instance. The password is read from the
// CRISIS_LEDGER_PASSWORD environment variable, or asked for (not echoed); never from the
// command line, where it would end up in the shell history and the process list.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { z } from "zod";
import { migrateDatabase } from "../lib/migrations/roles";
import { openAppDatabase } from "./lib/postgres";

const ROOT = new URL("..", import.meta.url).pathname;

/** Asks each question in turn without echoing the answers (one reader, so piped input works too). */
async function askHidden(questions: string[]): Promise<string[]> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: !!process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const answers: string[] = [];
  for (const question of questions) {
    muted = false;
    output.write(question);
    muted = true;
    const next = await lines.next();
    if (next.done) break;
    answers.push(next.value);
    if (process.stdin.isTTY) process.stdout.write("\n");
  }
  rl.close();
  return answers;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      organisation: { type: "string" },
      password: { type: "string" },
    },
    strict: true,
  });
  if (values.password !== undefined)
    throw new Error("Never pass a password on the command line: set CRISIS_LEDGER_PASSWORD or type it at the prompt.");
  if (!values.email || !values.role)
    throw new Error("Usage: npm run user:create -- --email ada@example.org --role admin [--name NAME] [--organisation ORG]");

  let password = process.env.CRISIS_LEDGER_PASSWORD;
  if (!password) {
    const [first, again] = await askHidden(["Password (at least 12 characters): ", "The same password again: "]);
    if (!first || first !== again) throw new Error("The two passwords are not the same.");
    password = first;
  }

  const { createUserSchema } = await import("../lib/domain/user-schema");
  const parsed = createUserSchema().safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email,
    organisation: values.organisation ?? "",
    password,
  });
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
    throw new Error(
      Object.entries(errors)
        .map(([field, messages]) => `${field}: ${messages?.join(" ")}`)
        .join("\n"),
    );
  }

  const db = await openAppDatabase(ROOT);
  try {
    process.env.DATABASE_URL = db.url;
    await migrateDatabase(db);
    const { createUser } = await import("../lib/data/users");
    const { prisma } = await import("../lib/db");
    // The administrator bootstraps their own account with their own password: no forced change.
    const result = await createUser(null, parsed.data, "cli user:create", { mustChangePassword: false });
    await prisma.$disconnect();
    if (!result.ok)
      throw new Error(result.code === "email_taken" ? `An account with the email ${parsed.data.email} exists already.` : result.code);
    console.log(`Created ${parsed.data.role} ${parsed.data.email} (id ${result.userId}).`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
