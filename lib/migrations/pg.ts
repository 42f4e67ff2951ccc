// One short-lived connection for a piece of work (migrations, role set-up, tests as the owner):
// opened, used and always closed, also when the work throws.
import pg from "pg";

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
