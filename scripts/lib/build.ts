/** Whether the production build in .next/ matches the sources, and building it when not. */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const HASH_FILE = path.join(".next", "brandsmith-source-hash");

/** Sources that change the production build (by path, size and mtime). */
export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = ["package-lock.json", "next.config.mjs", "postcss.config.mjs", "tsconfig.json"];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk("src");
  for (const file of files.sort()) {
    if (!existsSync(file)) continue;
    const stat = statSync(file);
    hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function needsBuild(): boolean {
  if (!existsSync(path.join(".next", "BUILD_ID"))) return true;
  return !existsSync(HASH_FILE) || readFileSync(HASH_FILE, "utf8") !== sourceHash();
}

/** Runs `next build`; `track` receives the child so a shutdown can stop it. */
export function buildApp(track: (child: ReturnType<typeof spawn>) => void = () => {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    track(child);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`next build exited with ${code}`));
      writeFileSync(HASH_FILE, sourceHash());
      resolve();
    });
  });
}
