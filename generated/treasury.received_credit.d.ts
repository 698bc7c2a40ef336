import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedCredit as self } from "./types/treasury.received_credit.js";

export type TreasuryReceivedCredit = self;
export declare const TreasuryReceivedCredit: SchemaModule<self>;
