/** The pods' init container (scripts/wait-for-schema.ts) lets the app start once every migration is applied, reading as the app's login. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, inject, it } from "vitest";

const run = promisify(execFile);

it("passes on a migrated database, as the app's login", async () => {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/wait-for-schema.ts"], { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } });
  expect(stdout).toMatch(/Schema is current \(\d{4}_\w+\)/);
});

it("gives up with what is missing when the schema does not come", async () => {
  const url = new URL(inject("databaseUrl"));
  url.pathname = "/postgres";
  const failed = await run(process.execPath, ["--import", "tsx", "scripts/wait-for-schema.ts"], { env: { ...process.env, DATABASE_URL: url.toString(), WAIT_FOR_SCHEMA_SECONDS: "0" } }).catch(
    (error: { code: number; stderr: string }) => error,
  );
  expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/migration Job \(brandsmith-migrate\) has not applied/) });
});
