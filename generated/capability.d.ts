import type { SchemaModule } from "./runtime/api.js";
import type { Capability as self } from "./types/capability.js";

export type Capability = self;
export declare const Capability: SchemaModule<self>;
