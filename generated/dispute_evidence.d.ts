import type { SchemaModule } from "./runtime/schema.js";
import type { DisputeEvidence as Type } from "./types/dispute_evidence.js";

export type { DisputeEvidence } from "./types/dispute_evidence.js";
declare const schema: SchemaModule<Type>;
export { schema as DisputeEvidence };
