import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardWallets as Type } from "./types/issuing_card_wallets.js";

export type IssuingCardWallets = Type;
export declare const IssuingCardWallets: SchemaModule<Type>;
