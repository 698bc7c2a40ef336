import type { SchemaModule } from "./runtime/api.js";
import type { AutomaticTax as self } from "./types/automatic_tax.js";

export type AutomaticTax = self;
export declare const AutomaticTax: SchemaModule<self>;
