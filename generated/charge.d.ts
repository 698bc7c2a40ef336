import type { SchemaModule } from "./runtime/api.js";
import type { Charge as self } from "./types/charge.js";

export type Charge = self;
export declare const Charge: SchemaModule<self>;
