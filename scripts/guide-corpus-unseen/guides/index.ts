/** Every guide in the unseen corpus, in output order. */
import type { UnseenGuide } from "../build";
import { brackenridgeMortgages } from "./brackenridge-mortgages";
import { bramblegateGarden } from "./bramblegate-garden";
import { clearwaveHearing } from "./clearwave-hearing";
import { corkhillWine } from "./corkhill-wine";
import { hollyfieldVets } from "./hollyfield-vets";
import { parloLanguages } from "./parlo-languages";
import { puddlejumpKids } from "./puddlejump-kids";
import { reelhouseCinemas } from "./reelhouse-cinemas";
import { spokelineCycling } from "./spokeline-cycling";
import { tuppenceBank } from "./tuppence-bank";

export const guides: UnseenGuide[] = [
  brackenridgeMortgages,
  corkhillWine,
  clearwaveHearing,
  spokelineCycling,
  hollyfieldVets,
  parloLanguages,
  tuppenceBank,
  reelhouseCinemas,
  puddlejumpKids,
  bramblegateGarden,
];
