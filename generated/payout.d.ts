import type { SchemaModule } from "./runtime/schema.js";
import type { Payout as Type } from "./types/payout.js";

export type { Payout } from "./types/payout.js";
declare const schema: SchemaModule<Type>;
export { schema as Payout };
