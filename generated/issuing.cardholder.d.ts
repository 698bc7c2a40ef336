import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardholder as Type } from "./types/issuing.cardholder.js";

export type { IssuingCardholder } from "./types/issuing.cardholder.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardholder };
