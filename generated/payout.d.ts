import type { SchemaModule } from "./runtime/schema.js";
import type { Payout as Type } from "./types/payout.js";

export type Payout = Type;
export declare const Payout: SchemaModule<Type>;
