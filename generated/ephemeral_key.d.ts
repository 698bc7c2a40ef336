import type { SchemaModule } from "./runtime/api.js";
import type { EphemeralKey as self } from "./types/ephemeral_key.js";

export type EphemeralKey = self;
export declare const EphemeralKey: SchemaModule<self>;
