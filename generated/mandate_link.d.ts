import type { SchemaModule } from "./runtime/api.js";
import type { MandateLink as self } from "./types/mandate_link.js";

export type MandateLink = self;
export declare const MandateLink: SchemaModule<self>;
