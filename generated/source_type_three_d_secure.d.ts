import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeThreeDSecure as Type } from "./types/source_type_three_d_secure.js";

export type { SourceTypeThreeDSecure } from "./types/source_type_three_d_secure.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeThreeDSecure };
