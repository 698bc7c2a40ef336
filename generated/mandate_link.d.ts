import type { SchemaModule } from "./runtime/schema.js";
import type { MandateLink as Type } from "./types/mandate_link.js";

export type MandateLink = Type;
export declare const MandateLink: SchemaModule<Type>;
