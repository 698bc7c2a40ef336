import type * as runtime from "./runtime/api.js";
import type { IssuingCardWallets as self } from "./types/issuing_card_wallets.js";

export type IssuingCardWallets = self;
export declare const IssuingCardWallets: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardWallets(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardWallets(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardWallets: runtime.Check;
