import type { SchemaModule } from "./runtime/api.js";
import type { Payout as self } from "./types/payout.js";

export type Payout = self;
export declare const Payout: SchemaModule<self>;
