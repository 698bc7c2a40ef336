import type { SchemaModule } from "./runtime/schema.js";
import type { CurrencyOption as Type } from "./types/currency_option.js";

export type { CurrencyOption } from "./types/currency_option.js";
declare const schema: SchemaModule<Type>;
export { schema as CurrencyOption };
