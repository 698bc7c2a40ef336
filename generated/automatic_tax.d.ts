import type { SchemaModule } from "./runtime/schema.js";
import type { AutomaticTax as Type } from "./types/automatic_tax.js";

export type { AutomaticTax } from "./types/automatic_tax.js";
declare const schema: SchemaModule<Type>;
export { schema as AutomaticTax };
