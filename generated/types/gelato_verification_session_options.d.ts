import type { GelatoSessionDocumentOptions } from "./gelato_session_document_options.js";
import type { GelatoSessionIdNumberOptions } from "./gelato_session_id_number_options.js";

/** @schema `gelato_verification_session_options` */
export type GelatoVerificationSessionOptions = {
  document?: GelatoSessionDocumentOptions;
  id_number?: GelatoSessionIdNumberOptions;
};
