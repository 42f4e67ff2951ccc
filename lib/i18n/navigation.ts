// Links and navigation that keep the reader's language: use these instead of next/link and
// next/navigation's router hooks (eslint.config.js enforces it), so a link written as
// href="/sources" goes to /uk/sources on a Ukrainian page.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
