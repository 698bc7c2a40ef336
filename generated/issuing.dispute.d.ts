import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDispute as Type } from "./types/issuing.dispute.js";

export type { IssuingDispute } from "./types/issuing.dispute.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingDispute };
