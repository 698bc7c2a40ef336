import type { SchemaModule } from "./runtime/api.js";
import type { IssuingCardWallets as self } from "./types/issuing_card_wallets.js";

export type IssuingCardWallets = self;
export declare const IssuingCardWallets: SchemaModule<self>;
