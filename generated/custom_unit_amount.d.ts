import type { SchemaModule } from "./runtime/schema.js";
import type { CustomUnitAmount as Type } from "./types/custom_unit_amount.js";

export type { CustomUnitAmount } from "./types/custom_unit_amount.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomUnitAmount };
