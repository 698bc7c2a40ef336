import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceRefundPaymentAction as Type } from "./types/terminal_reader_reader_resource_refund_payment_action.js";

export type { TerminalReaderReaderResourceRefundPaymentAction } from "./types/terminal_reader_reader_resource_refund_payment_action.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReaderReaderResourceRefundPaymentAction };
