import type { SchemaModule } from "./runtime/schema.js";
import type { CustomUnitAmount as Type } from "./types/custom_unit_amount.js";

export type CustomUnitAmount = Type;
export declare const CustomUnitAmount: SchemaModule<Type>;
