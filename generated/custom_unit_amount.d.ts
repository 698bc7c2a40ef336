import type { SchemaModule } from "./runtime/api.js";
import type { CustomUnitAmount as self } from "./types/custom_unit_amount.js";

export type CustomUnitAmount = self;
export declare const CustomUnitAmount: SchemaModule<self>;
