import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingCardWallets as Type } from "./types/issuing_card_wallets.js";

export type { IssuingCardWallets } from "./types/issuing_card_wallets.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingCardWallets };
