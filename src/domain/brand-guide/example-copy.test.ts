import { describe, expect, it } from "vitest";
import { exampleCopyLines } from "./example-copy";

describe("example copy from a guide", () => {
  it("takes the good example's sentences that could stand in any email, and nothing of the bad one", () => {
    const passages = [
      {
        section: "Voice › Example email",
        text: [
          "This booking confirmation follows every rule on this page.",
          "Good example",
          "> Subject: Your FlexFare to Lisbon is confirmed",
          "> Hi Sam,",
          "> Lisbon is ready for you! Your FlexFare means you can change your dates up to 24 hours before departure.",
          "> Thinking about a longer trip next year? We keep a seat for you at every desk.",
          "> Safe travels,",
          "> The Bluewater team",
          "Bad example",
          "> Our prices are simply the best around, so book today.",
        ].join("\n"),
      },
      { section: "Tone", text: "We write the way we talk. Keep sentences short and plain." },
      { section: "What good looks like", text: "> We think your team is going to love it!\n> Quill AI can now draft replies in twelve languages." },
    ];
    expect(exampleCopyLines(passages)).toEqual(["Thinking about a longer trip next year?", "We keep a seat for you at every desk.", "We think your team is going to love it!"]);
  });

  it("never reads a section of examples to avoid", () => {
    expect(exampleCopyLines([{ section: "Examples to avoid", text: "> We are simply the best around, trust us." }])).toEqual([]);
  });
});
