import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// eslint-config-next 16 exports flat configs (arrays); its typescript entry brings
// typescript-eslint's recommended rules and registers the @typescript-eslint plugin.
const config = [
  {
    ignores: [".next/**", ".next-*/**", "prisma/generated/**", "node_modules/**", ".data/**", "prisma/schema-engine-wasm.mjs", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/ban-ts-comment": "error",
      // An unawaited promise is a lost error; `void` marks the ones that are meant.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
];

export default config;
