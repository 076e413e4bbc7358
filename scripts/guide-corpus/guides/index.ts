/** Every guide in the corpus, in output order. */
import type { Guide } from "../types";
import { cairnPine } from "./cairn-pine";
import { aldergroveHotels } from "./aldergrove-hotels";
import { bluewaterTravel } from "./bluewater-travel";
import { brightwaterClinic } from "./brightwater-clinic";
import { carelineHealth } from "./careline-health";
import { fathomInvest } from "./fathom-invest";
import { greenleafMarket } from "./greenleaf-market";
import { kestrelBank } from "./kestrel-bank";
import { kettleCrow } from "./kettle-crow";
import { loomLark } from "./loom-lark";
import { meridianMutual } from "./meridian-mutual";
import { quillstack } from "./quillstack";
import { tidewaterEnergy } from "./tidewater-energy";
import { verdantLabs } from "./verdant-labs";

export const guides: Guide[] = [kestrelBank, cairnPine, meridianMutual, verdantLabs, kettleCrow, fathomInvest, carelineHealth, quillstack, aldergroveHotels, loomLark, greenleafMarket, bluewaterTravel, brightwaterClinic, tidewaterEnergy];
