/** Every guide in the "last" corpus, in output order. */
import type { Guide } from "../../guide-corpus/types";
import { arcline } from "./arcline";
import { ashcombeSkin } from "./ashcombe-skin";
import { brightwire } from "./brightwire";
import { calderReach } from "./calder-reach";
import { copperPan } from "./copper-pan";
import { hearthHollow } from "./hearth-hollow";
import { kinmoreSport } from "./kinmore-sport";
import { littleLanterns } from "./little-lanterns";
import { pawsley } from "./pawsley";
import { wayfarerCover } from "./wayfarer-cover";

export const guides: Guide[] = [calderReach, wayfarerCover, brightwire, pawsley, ashcombeSkin, littleLanterns, kinmoreSport, arcline, copperPan, hearthHollow];
