import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceRefundPaymentAction as self } from "./types/terminal_reader_reader_resource_refund_payment_action.js";

export type TerminalReaderReaderResourceRefundPaymentAction = self;
export declare const TerminalReaderReaderResourceRefundPaymentAction: SchemaModule<self>;
