import type { SchemaModule } from "./runtime/api.js";
import type { ChargeOutcome as self } from "./types/charge_outcome.js";

export type ChargeOutcome = self;
export declare const ChargeOutcome: SchemaModule<self>;
