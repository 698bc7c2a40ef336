import type { SchemaModule } from "./runtime/schema.js";
import type { ExchangeRate as Type } from "./types/exchange_rate.js";

export type ExchangeRate = Type;
export declare const ExchangeRate: SchemaModule<Type>;
