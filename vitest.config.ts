import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
  return {
    test: {
      projects: [
        {
          // Everything that runs code: inside workerd, with real local D1 and queues.
          plugins: [
            cloudflareTest({
              main: "./src/index.ts",
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: { TEST_MIGRATIONS: migrations, INGEST_TOKEN: "test-token", RETRY_BASE_SECONDS: "0", FETCH_ALLOW_PRIVATE: "true" },
                queueConsumers: {
                  "news-timeline-articles": { maxBatchTimeout: 0.05, maxRetries: 2, deadLetterQueue: "news-timeline-articles-dlq" },
                  "news-timeline-articles-dlq": { maxBatchTimeout: 0.05 },
                },
              },
            }),
          ],
          test: {
            name: "workers",
            setupFiles: ["./test/setup.ts"],
            globalSetup: ["./test/fetch/server.ts"], // a real HTTP server on loopback (Node) for the fetch and source tests
            include: ["test/**/*.test.ts"],
            // Node + chromium: vitest.browser.config.ts; static checks: the project below.
            exclude: ["test/browser/**", "test/static/**", "node_modules/**"],
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        {
          // Static checks of the source (they read files and run the ReDoS checker): Node.
          test: { name: "static", environment: "node", include: ["test/static/**/*.test.ts"], testTimeout: 120_000 },
        },
      ],
    },
  };
});
