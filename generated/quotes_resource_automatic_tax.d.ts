import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceAutomaticTax as Type } from "./types/quotes_resource_automatic_tax.js";

export type QuotesResourceAutomaticTax = Type;
export declare const QuotesResourceAutomaticTax: SchemaModule<Type>;
