import type { SchemaModule } from "./runtime/schema.js";
import type { Dispute as Type } from "./types/dispute.js";

export type { Dispute } from "./types/dispute.js";
declare const schema: SchemaModule<Type>;
export { schema as Dispute };
