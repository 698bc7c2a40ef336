import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceProcessPaymentIntentAction as self } from "./types/terminal_reader_reader_resource_process_payment_intent_action.js";

export type TerminalReaderReaderResourceProcessPaymentIntentAction = self;
export declare const TerminalReaderReaderResourceProcessPaymentIntentAction: SchemaModule<self>;
