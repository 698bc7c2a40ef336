import type { SchemaModule } from "./runtime/api.js";
import type { ExchangeRate as self } from "./types/exchange_rate.js";

export type ExchangeRate = self;
export declare const ExchangeRate: SchemaModule<self>;
