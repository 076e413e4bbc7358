/** The held-out guides, in output order. */
import type { Guide } from "../../guide-corpus/types";
import { brambleBone } from "./bramble-bone";
import { haldenUniversity } from "./halden-university";
import { kitewayCarRental } from "./kiteway-car-rental";
import { lumenMobile } from "./lumen-mobile";
import { northfieldCcu } from "./northfield-ccu";
import { oakhurstVale } from "./oakhurst-vale";
import { pearlstoneDental } from "./pearlstone-dental";
import { velvetFern } from "./velvet-fern";

export const heldoutGuides: Guide[] = [oakhurstVale, northfieldCcu, brambleBone, pearlstoneDental, lumenMobile, haldenUniversity, velvetFern, kitewayCarRental];
