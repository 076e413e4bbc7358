import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_URL = "http://localhost:3999";
process.env.AUTH_SECRET = "integration-test-secret-integration-test-secret";
process.env.LOG_LEVEL = "silent";
