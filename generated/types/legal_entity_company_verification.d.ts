import type { LegalEntityCompanyVerificationDocument } from "./legal_entity_company_verification_document.js";

/** @schema `legal_entity_company_verification` */
export type LegalEntityCompanyVerification = {
  document: LegalEntityCompanyVerificationDocument;
};
