import type { SchemaModule } from "./runtime/schema.js";
import type { ChargeOutcome as Type } from "./types/charge_outcome.js";

export type ChargeOutcome = Type;
export declare const ChargeOutcome: SchemaModule<Type>;
