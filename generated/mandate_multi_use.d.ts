import type { SchemaModule } from "./runtime/schema.js";
import type { MandateMultiUse as Type } from "./types/mandate_multi_use.js";

export type { MandateMultiUse } from "./types/mandate_multi_use.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateMultiUse };
