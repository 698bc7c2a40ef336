/** @schema `account_requirements_alternative` */
export type AccountRequirementsAlternative = {
  /** Fields that can be provided to satisfy all fields in `original_fields_due`. */
  alternative_fields_due: string[];
  /** Fields that are due and can be satisfied by providing all fields in `alternative_fields_due`. */
  original_fields_due: string[];
};
