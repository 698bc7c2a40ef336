import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceProcessSetupIntentAction as Type } from "./types/terminal_reader_reader_resource_process_setup_intent_action.js";

export type TerminalReaderReaderResourceProcessSetupIntentAction = Type;
export declare const TerminalReaderReaderResourceProcessSetupIntentAction: SchemaModule<Type>;
