import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceAutomaticTax as self } from "./types/quotes_resource_automatic_tax.js";

export type QuotesResourceAutomaticTax = self;
export declare const QuotesResourceAutomaticTax: SchemaModule<self>;
