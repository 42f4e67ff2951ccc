export const dynamic = "force-dynamic";

export default function HomePage() {
  return <h1>Crisis Ledger</h1>;
}
