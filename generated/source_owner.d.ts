import type { SchemaModule } from "./runtime/schema.js";
import type { SourceOwner as Type } from "./types/source_owner.js";

export type SourceOwner = Type;
export declare const SourceOwner: SchemaModule<Type>;
