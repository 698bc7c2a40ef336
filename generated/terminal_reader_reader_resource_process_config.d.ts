import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReaderReaderResourceProcessConfig as Type } from "./types/terminal_reader_reader_resource_process_config.js";

export type TerminalReaderReaderResourceProcessConfig = Type;
export declare const TerminalReaderReaderResourceProcessConfig: SchemaModule<Type>;
