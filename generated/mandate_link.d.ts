import type { SchemaModule } from "./runtime/schema.js";
import type { MandateLink as Type } from "./types/mandate_link.js";

export type { MandateLink } from "./types/mandate_link.js";
declare const schema: SchemaModule<Type>;
export { schema as MandateLink };
