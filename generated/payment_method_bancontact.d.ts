import type * as runtime from "./runtime/api.js";
import type { PaymentMethodBancontact as self } from "./types/payment_method_bancontact.js";

export type PaymentMethodBancontact = self;
export declare const PaymentMethodBancontact: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodBancontact(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodBancontact(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodBancontact: runtime.Check;
