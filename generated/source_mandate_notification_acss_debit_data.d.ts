import type { SchemaModule } from "./runtime/schema.js";
import type { SourceMandateNotificationAcssDebitData as Type } from "./types/source_mandate_notification_acss_debit_data.js";

export type SourceMandateNotificationAcssDebitData = Type;
export declare const SourceMandateNotificationAcssDebitData: SchemaModule<Type>;
