import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsBoleto as self } from "./types/payment_method_details_boleto.js";

export type PaymentMethodDetailsBoleto = self;
export declare const PaymentMethodDetailsBoleto: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsBoleto(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsBoleto(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsBoleto: runtime.Check;
