/** Every guide in the seventh corpus, in output order. */
import type { Guide } from "../../guide-corpus/types";
import { brackwaterBrewing } from "./brackwater-brewing";
import { corvinaLanguages } from "./corvina-languages";
import { cresswellPharmacy } from "./cresswell-pharmacy";
import { kerbsideCars } from "./kerbside-cars";
import { orreryInvest } from "./orrery-invest";
import { screeTarn } from "./scree-tarn";
import { tandemMobile } from "./tandem-mobile";
import { willowmereCare } from "./willowmere-care";

export const guides: Guide[] = [orreryInvest, screeTarn, tandemMobile, kerbsideCars, willowmereCare, cresswellPharmacy, corvinaLanguages, brackwaterBrewing];
