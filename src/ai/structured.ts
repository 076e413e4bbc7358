/**
 * Structured output: a zod schema becomes Ollama's JSON-Schema `format`; the
 * answer is parsed and validated; one repair round tells the model what was
 * wrong; then a clear failure.
 */
import { z } from "zod";
import type { ChatMessage } from "./types";

export function jsonSchemaFor(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-7", unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** The instruction that accompanies `format`: models follow a schema better when the prompt says so too. */
export function schemaInstruction(jsonSchema: Record<string, unknown>): string {
  return `Answer with a single JSON object that follows this JSON Schema, and nothing else:\n${JSON.stringify(jsonSchema)}`;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problem: string };

export function validateOutput<Schema extends z.ZodType>(schema: Schema, text: string): Validation<z.infer<Schema>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.trim());
  } catch (error) {
    return { ok: false, problem: `The answer was not valid JSON (${(error as Error).message}).` };
  }
  const result = schema.safeParse(parsed);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, 8).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return { ok: false, problem: `The JSON did not match the schema: ${issues.join("; ")}.` };
}

export function repairMessages(messages: ChatMessage[], badAnswer: string, problem: string): ChatMessage[] {
  return [
    ...messages,
    { role: "assistant", content: badAnswer },
    { role: "user", content: `${problem} Answer again with only the corrected JSON object.` },
  ];
}
