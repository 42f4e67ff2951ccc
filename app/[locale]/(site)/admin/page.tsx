import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

const strings = {
  title: "Administration",
  sections: [
    {
      href: "/admin/sources",
      name: "Sources",
      text: "Who makes the claims, their reliability grades and grade history; deactivate, merge.",
    },
    { href: "/admin/indicators", name: "Indicators", text: "What is counted: units, HXL hashtags, allowed breakdowns, shown or hidden." },
    { href: "/admin/locations", name: "Locations", text: "Places and P-codes; import an admin-boundary CSV." },
    { href: "/admin/users", name: "Users", text: "Accounts, roles, disabling, password resets, sessions." },
    { href: "/admin/audit", name: "Audit log", text: "Every change and sign-in attempt." },
  ],
};

export const metadata: Metadata = { title: strings.title };

export default async function AdminPage() {
  await requirePageRole("admin", "/admin");
  return (
    <>
      <h1>{strings.title}</h1>
      <ul className="admin-sections">
        {strings.sections.map((s) => (
          <li key={s.href}>
            <Link href={s.href}>{s.name}</Link> — {s.text}
          </li>
        ))}
      </ul>
    </>
  );
}
