import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingSettlement as Type } from "./types/issuing.settlement.js";

export type { IssuingSettlement } from "./types/issuing.settlement.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingSettlement };
