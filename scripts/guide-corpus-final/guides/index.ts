/** Every guide in the final held-out corpus, in output order. */
import type { Guide } from "../../guide-corpus/types";
import { forkcast } from "./forkcast";
import { foxgloveBooks } from "./foxglove-books";
import { hearthstoneBrokers } from "./hearthstone-brokers";
import { kittiwakeAir } from "./kittiwake-air";
import { larchfieldPensions } from "./larchfield-pensions";
import { penroseOpticians } from "./penrose-opticians";
import { pulseboxGyms } from "./pulsebox-gyms";
import { rafterAndRowe } from "./rafter-and-rowe";

export const guides: Guide[] = [larchfieldPensions, pulseboxGyms, hearthstoneBrokers, penroseOpticians, kittiwakeAir, rafterAndRowe, foxgloveBooks, forkcast];
