import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholder as Type } from "./types/issuing.cardholder.js";

export type IssuingCardholder = Type;
export declare const IssuingCardholder: SchemaModule<Type>;
