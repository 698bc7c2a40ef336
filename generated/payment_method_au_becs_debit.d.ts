import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodAuBecsDebit as self } from "./types/payment_method_au_becs_debit.js";

export type PaymentMethodAuBecsDebit = self;
export declare const PaymentMethodAuBecsDebit: SchemaModule<self>;
