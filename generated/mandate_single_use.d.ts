import type { SchemaModule } from "./runtime/schema.js";
import type { MandateSingleUse as Type } from "./types/mandate_single_use.js";

export type { MandateSingleUse } from "./types/mandate_single_use.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateSingleUse };
