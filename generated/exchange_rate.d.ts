import type { SchemaModule } from "./runtime/schema.js";
import type { ExchangeRate as Type } from "./types/exchange_rate.js";

export type { ExchangeRate } from "./types/exchange_rate.js";
declare const schema: SchemaModule<Type>;
export { schema as ExchangeRate };
