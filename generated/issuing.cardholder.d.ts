import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardholder as self } from "./types/issuing.cardholder.js";

export type IssuingCardholder = self;
export declare const IssuingCardholder: SchemaModule<self>;
