import type { SchemaModule } from "./runtime/schema.js";
import type { ChargeOutcome as Type } from "./types/charge_outcome.js";

export type { ChargeOutcome } from "./types/charge_outcome.js";
declare const schema: SchemaModule<Type>;
export { schema as ChargeOutcome };
