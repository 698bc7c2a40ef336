import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReaderReaderResourceProcessSetupIntentAction as self } from "./types/terminal_reader_reader_resource_process_setup_intent_action.js";

export type TerminalReaderReaderResourceProcessSetupIntentAction = self;
export declare const TerminalReaderReaderResourceProcessSetupIntentAction: SchemaModule<self>;
