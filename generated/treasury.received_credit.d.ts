import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCredit as Type } from "./types/treasury.received_credit.js";

export type { TreasuryReceivedCredit } from "./types/treasury.received_credit.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedCredit };
