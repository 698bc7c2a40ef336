import type { SchemaModule } from "./runtime/api.js";
import type { SourceOwner as self } from "./types/source_owner.js";

export type SourceOwner = self;
export declare const SourceOwner: SchemaModule<self>;
