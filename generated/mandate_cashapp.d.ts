import type { SchemaModule } from "./runtime/schema.js";
import type { MandateCashapp as Type } from "./types/mandate_cashapp.js";

export type { MandateCashapp } from "./types/mandate_cashapp.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateCashapp };
