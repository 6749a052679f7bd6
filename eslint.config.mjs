import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * Layering (see "Conventions" in the README): routes under app/ call lib/ through the form-action
 * and route helpers, so they never catch ForbiddenError, query the database or import its schema;
 * components/ never imports from app/ and never opens the database (the page passes the data in).
 */
const routeRule = {
  paths: [
    {
      name: "@/lib/auth/permissions",
      importNames: ["ForbiddenError"],
      message:
        "A refusal is mapped by formAction/callAction (lib/forms/action.ts), route (lib/http/route.ts) or loadPage (lib/http/page.ts).",
    },
    { name: "drizzle-orm", message: "Queries live in lib/<module>/queries.ts; pages pass getDb() to them." },
    { name: "@/lib/db/schema", message: "Use the module's exports (its schemas.ts, rules.ts or queries.ts), not the database schema." },
  ],
  patterns: [
    { group: ["drizzle-orm/*"], message: "Queries live in lib/<module>/queries.ts; pages pass getDb() to them." },
    {
      group: ["@/lib/db/schema/*"],
      message: "Use the module's exports (its schemas.ts, rules.ts or queries.ts), not the database schema.",
    },
  ],
};

const componentRule = {
  paths: [{ name: "@/lib/db/client", message: "Components get their data from the page; they never open the database." }],
  patterns: [{ group: ["@/app", "@/app/*", "**/app/*"], message: "components/ never imports from app/: pass actions and data as props." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "data/**", "drizzle/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    files: ["app/**"],
    // the two cron routes are being replaced by the in-process scheduler (another change)
    ignores: ["app/api/admin/digests/run/route.ts", "app/api/admin/reports/reminders/run/route.ts"],
    rules: { "no-restricted-imports": ["error", routeRule] },
  },
  { files: ["components/**"], rules: { "no-restricted-imports": ["error", componentRule] } },
  {
    // Empty required fields are answered by the server's error summary, never by the browser's bubbles (GOV.UK).
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name='noValidate']))",
          message: "Give every <form> noValidate: the server validates and the error summary reports.",
        },
      ],
    },
  },
];

export default config;
