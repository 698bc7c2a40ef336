import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCredit as Type } from "./types/treasury.received_credit.js";

export type TreasuryReceivedCredit = Type;
export declare const TreasuryReceivedCredit: SchemaModule<Type>;
