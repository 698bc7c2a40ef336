import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceProcessPaymentIntentAction as Type } from "./types/terminal_reader_reader_resource_process_payment_intent_action.js";

export type { TerminalReaderReaderResourceProcessPaymentIntentAction } from "./types/terminal_reader_reader_resource_process_payment_intent_action.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalReaderReaderResourceProcessPaymentIntentAction };
