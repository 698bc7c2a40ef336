import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDispute as Type } from "./types/issuing.dispute.js";

export type IssuingDispute = Type;
export declare const IssuingDispute: SchemaModule<Type>;
