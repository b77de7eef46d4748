/** Types of test-postgres.mjs: a throwaway PostgreSQL database for tests and benchmarks. */
export function startTestPostgres():
  | { url: string; description: string; cleanup(): void; skipped?: undefined }
  | { skipped: string; url?: undefined; description?: undefined; cleanup?: undefined };
