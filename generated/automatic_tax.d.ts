import type { SchemaModule } from "./runtime/schema.js";
import type { AutomaticTax as Type } from "./types/automatic_tax.js";

export type AutomaticTax = Type;
export declare const AutomaticTax: SchemaModule<Type>;
