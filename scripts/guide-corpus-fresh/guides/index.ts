/** Every guide in the fresh corpus, in output order. */
import type { Guide } from "../../guide-corpus/types";
import { ashbyRowPhysio } from "./ashby-row-physio";
import { haldenEspresso } from "./halden-espresso";
import { hollinEnergy } from "./hollin-energy";
import { kelderHotels } from "./kelder-hotels";
import { loopwayBikes } from "./loopway-bikes";
import { nookery } from "./nookery";
import { penwickCard } from "./penwick-card";
import { pipAndPuddle } from "./pip-and-puddle";
import { tailwisePharmacy } from "./tailwise-pharmacy";
import { tarnbrookMotor } from "./tarnbrook-motor";

export const guides: Guide[] = [
  penwickCard,
  tarnbrookMotor,
  ashbyRowPhysio,
  hollinEnergy,
  tailwisePharmacy,
  haldenEspresso,
  pipAndPuddle,
  nookery,
  loopwayBikes,
  kelderHotels,
];
