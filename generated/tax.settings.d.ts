import type { SchemaModule } from "./runtime/schema.js";
import type { TaxSettings as Type } from "./types/tax.settings.js";

export type { TaxSettings } from "./types/tax.settings.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxSettings };
