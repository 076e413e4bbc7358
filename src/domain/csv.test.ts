import { expect, it } from "vitest";
import { toCsv } from "./csv";

it("quotes what needs quoting and defuses spreadsheet formulas", () => {
  expect(toCsv(["row", "reason"], [[6, 'Say "hi", then go'], [7, "=HYPERLINK(\"x\")"], [8, null], [-3, "-3"]])).toBe(
    'row,reason\r\n6,"Say ""hi"", then go"\r\n7,"\'=HYPERLINK(""x"")"\r\n8,\r\n-3,\'-3\r\n',
  );
});
