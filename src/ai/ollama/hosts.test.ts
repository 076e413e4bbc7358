import { expect, it } from "vitest";
import { parseOllamaHosts } from "./hosts";

it("parses one or several hosts with their slots", () => {
  expect(parseOllamaHosts(undefined)).toEqual([]);
  expect(parseOllamaHosts("http://localhost:11434")).toEqual([{ url: "http://localhost:11434", slots: 1 }]);
  expect(parseOllamaHosts("gpu1|4, http://gpu2:11500", 2)).toEqual([
    { url: "http://gpu1:11434", slots: 4 },
    { url: "http://gpu2:11500", slots: 2 },
  ]);
  expect(() => parseOllamaHosts("http://gpu1:11434|zero")).toThrow(/invalid slot count/);
});
