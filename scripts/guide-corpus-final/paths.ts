import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the final held-out corpus is written: test/fixtures/guides-final/ at the repository root. */
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/guides-final");
