import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeBancontact as Type } from "./types/source_type_bancontact.js";

export type SourceTypeBancontact = Type;
export declare const SourceTypeBancontact: SchemaModule<Type>;
