import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where this corpus is written: test/fixtures/guides-last/ at the repository root. */
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/guides-last");
