import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the held-out corpus is written: test/fixtures/guides-heldout/ at the repository root. */
export const HELDOUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/guides-heldout");
