import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDispute as self } from "./types/issuing.dispute.js";

export type IssuingDispute = self;
export declare const IssuingDispute: SchemaModule<self>;
