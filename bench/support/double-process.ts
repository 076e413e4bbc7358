/**
 * The Ollama test double in its own process, as a real model server would
 * be: benchmarks measure the app's overhead without the double's work on the
 * same event loop. Options come as JSON in argv[2]; prints its URL, then
 * serves until SIGTERM. Email-format requests get a plausible email.
 */
import { answerEmails } from "../../e2e/ollama-double/email-writer";
import { OllamaDouble } from "../../e2e/ollama-double/server";

const options = JSON.parse(process.argv[2] ?? "{}") as ConstructorParameters<typeof OllamaDouble>[0];
const double = new OllamaDouble({ ...options, answer: answerEmails });
const url = await double.listen();
process.stdout.write(`${url}\n`);
process.on("SIGTERM", () => void double.close().then(() => process.exit(0)));
