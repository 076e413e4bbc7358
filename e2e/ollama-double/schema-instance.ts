/** Makes a small value that satisfies a JSON Schema, the way a model obeying `format` would. */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  format?: string;
};

export function instanceOf(schema: Schema, hint = "text"): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return instanceOf(variant, hint);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(schema.properties ?? {})) out[key] = instanceOf(value, key);
      return out;
    }
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => instanceOf(schema.items ?? {}, hint));
    case "integer":
    case "number":
      return Math.max(1, schema.minimum ?? 1);
    case "boolean":
      return true;
    case "null":
      return null;
    default: {
      if (schema.format === "uri" || schema.format === "url") return "https://example.com/";
      if (schema.format === "email") return "someone@example.com";
      const text = `Sample ${hint}`;
      return text.padEnd(schema.minLength ?? 0, ".").slice(0, schema.maxLength ?? 500);
    }
  }
}
