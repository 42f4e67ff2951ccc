// ESLint (flat config). Syntax-only rules (no type information): `tsc --noEmit` already runs in
// `npm test`, and type-aware linting would double its cost on small CI machines.
// Layer rules (who may import whom) are in .dependency-cruiser.cjs, not here.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import i18next from "eslint-plugin-i18next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // Generated or built files: not ours to lint.
  { ignores: ["node_modules/", ".next/", ".data/", "lib/generated/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Hooks called conditionally or with stale dependencies are bugs React cannot report itself.
  reactHooks.configs.flat["recommended-latest"],
  // Next's own rules (links, images, scripts, async client components).
  nextPlugin.configs["core-web-vitals"],
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Lines past 160 characters exist today (Prettier at 140 will fold them); this stops new ones.
      "max-len": ["error", { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true }],
      // `import type` keeps server modules out of client bundles and makes type-only edges visible to dependency-cruiser.
      // (`typeof import("...")` stays allowed: tests load modules lazily after setting the environment.)
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      // An unused variable is usually a forgotten step; a leading underscore says "deliberately unused".
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Loose equality hides type confusions; `== null` is the one idiom allowed.
      eqeqeq: ["error", "always", { null: "ignore" }],
      // Debug output does not belong in committed code; warnings and errors go to the server log on purpose.
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Every word a reader sees comes from messages/<locale>/*.json (lib/i18n/catalog.ts): text in JSX,
    // and the attributes a reader or a screen reader meets, may not be written in the component.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["aria-label", "aria-description", "aria-roledescription", "title", "alt", "placeholder", "label"] },
          words: { exclude: ["[0-9!-/:-@[-`{-~\\s·–—…×→←↑↓]+", "[A-Z_-]+"] },
          // Calls whose string arguments are names (a form field, a role, a catalogue key), not words.
          callees: {
            exclude: [
              ...["i18n(ext)?", "t", "require", "addEventListener", "removeEventListener", "postMessage", "getElementById"],
              ...["dispatch", "commit", "includes", "indexOf", "endsWith", "startsWith"],
              ...["field", "errors", "has", "roleAtLeast", "useTranslations", "getTranslations", "searchParams.get", "params.get"],
            ],
          },
        },
      ],
    },
  },
  {
    // Links and redirects keep the reader's language only through lib/i18n/navigation.ts.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/i18n/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next/link", message: "Use Link from @/lib/i18n/navigation: it keeps the reader's language." },
            {
              name: "next/navigation",
              importNames: ["useRouter", "usePathname", "redirect", "permanentRedirect"],
              message: "Use these from @/lib/i18n/navigation: they keep the reader's language.",
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript files run in Node (the server wrapper, the Prisma generate step).
    files: ["**/*.mjs", "**/*.js", "**/*.cjs"],
    languageOptions: { globals: globals.node },
  },
  {
    // CommonJS config files (dependency-cruiser reads .cjs) load their modules with require().
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Playwright fixtures call `use(...)`, which is not React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // A full navigation on purpose: the guard must re-read the account (after enrolment), and an error page starts afresh.
    files: ["components/forms/two-factor-forms.tsx", "components/ui/error-content.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // The answer key is derived from a ref during render on purpose (see the hook's comment: an effect would wipe typing).
    files: ["components/forms/use-answer-key.ts"],
    rules: { "react-hooks/refs": "off" },
  },
  {
    // Scripts, tests and seeds talk to the terminal.
    files: ["scripts/**", "prisma/**", "e2e/**", "test/**", "**/*.test.ts", "**/*.test.tsx", "*.config.*", "instrumentation.ts"],
    rules: { "no-console": "off" },
  },
);
