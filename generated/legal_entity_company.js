import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, nul, obj, oneOf, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Address, checkAddress, testAddress } from "./address.js";
import {
  LegalEntityCompanyVerification,
  checkLegalEntityCompanyVerification,
  testLegalEntityCompanyVerification,
} from "./legal_entity_company_verification.js";
import {
  LegalEntityJapanAddress,
  checkLegalEntityJapanAddress,
  testLegalEntityJapanAddress,
} from "./legal_entity_japan_address.js";
import {
  LegalEntityUboDeclaration,
  checkLegalEntityUboDeclaration,
  testLegalEntityUboDeclaration,
} from "./legal_entity_ubo_declaration.js";

const k0 = /* @__PURE__ */ set([
  "address",
  "address_kana",
  "address_kanji",
  "directors_provided",
  "executives_provided",
  "export_license_id",
  "export_purpose_code",
  "name",
  "name_kana",
  "name_kanji",
  "owners_provided",
  "ownership_declaration",
  "phone",
  "structure",
  "tax_id_provided",
  "tax_id_registrar",
  "vat_id_provided",
  "verification",
]);
const e0 = /* @__PURE__ */ set([
  "free_zone_establishment",
  "free_zone_llc",
  "government_instrumentality",
  "governmental_unit",
  "incorporated_non_profit",
  "incorporated_partnership",
  "limited_liability_partnership",
  "llc",
  "multi_member_llc",
  "private_company",
  "private_corporation",
  "private_partnership",
  "public_company",
  "public_corporation",
  "public_partnership",
  "single_member_llc",
  "sole_establishment",
  "sole_proprietorship",
  "tax_exempt_government_instrumentality",
  "unincorporated_association",
  "unincorporated_non_profit",
  "unincorporated_partnership",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.address;
  if (v0 !== undefined) {
    ok = into(c, checkAddress, v0, ok, "address");
  }
  const v1 = v.address_kana;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkLegalEntityJapanAddress, v1, ok, "address_kana");
  }
  const v2 = v.address_kanji;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkLegalEntityJapanAddress, v2, ok, "address_kanji");
  }
  const v3 = v.directors_provided;
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["directors_provided"], "boolean", v3);
    }
  }
  const v4 = v.executives_provided;
  if (v4 !== undefined) {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["executives_provided"], "boolean", v4);
    }
  }
  const v5 = v.export_license_id;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["export_license_id"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["export_license_id"], 5000, v5);
    }
  }
  const v6 = v.export_purpose_code;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["export_purpose_code"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["export_purpose_code"], 5000, v6);
    }
  }
  const v7 = v.name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["name"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["name"], 5000, v7);
    }
  }
  const v8 = v.name_kana;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["name_kana"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["name_kana"], 5000, v8);
    }
  }
  const v9 = v.name_kanji;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["name_kanji"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["name_kanji"], 5000, v9);
    }
  }
  const v10 = v.owners_provided;
  if (v10 !== undefined) {
    if (typeof v10 !== "boolean") {
      ok = wrongType(c, ["owners_provided"], "boolean", v10);
    }
  }
  const v11 = v.ownership_declaration;
  if (v11 !== undefined && v11 !== null) {
    ok = into(
      c,
      checkLegalEntityUboDeclaration,
      v11,
      ok,
      "ownership_declaration",
    );
  }
  const v12 = v.phone;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["phone"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["phone"], 5000, v12);
    }
  }
  const v13 = v.structure;
  if (v13 !== undefined) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["structure"], "string", v13);
    }
  }
  const v14 = v.tax_id_provided;
  if (v14 !== undefined) {
    if (typeof v14 !== "boolean") {
      ok = wrongType(c, ["tax_id_provided"], "boolean", v14);
    }
  }
  const v15 = v.tax_id_registrar;
  if (v15 !== undefined) {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["tax_id_registrar"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["tax_id_registrar"], 5000, v15);
    }
  }
  const v16 = v.vat_id_provided;
  if (v16 !== undefined) {
    if (typeof v16 !== "boolean") {
      ok = wrongType(c, ["vat_id_provided"], "boolean", v16);
    }
  }
  const v17 = v.verification;
  if (v17 !== undefined && v17 !== null) {
    ok = into(c, checkLegalEntityCompanyVerification, v17, ok, "verification");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.address;
  if (v0 !== undefined) {
    if (!testAddress(v0, c)) return false;
  }
  const v1 = v.address_kana;
  if (v1 !== undefined && v1 !== null) {
    if (!testLegalEntityJapanAddress(v1, c)) return false;
  }
  const v2 = v.address_kanji;
  if (v2 !== undefined && v2 !== null) {
    if (!testLegalEntityJapanAddress(v2, c)) return false;
  }
  const v3 = v.directors_provided;
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") return false;
  }
  const v4 = v.executives_provided;
  if (v4 !== undefined) {
    if (typeof v4 !== "boolean") return false;
  }
  const v5 = v.export_license_id;
  if (v5 !== undefined) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.export_purpose_code;
  if (v6 !== undefined) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.name_kana;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.name_kanji;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.owners_provided;
  if (v10 !== undefined) {
    if (typeof v10 !== "boolean") return false;
  }
  const v11 = v.ownership_declaration;
  if (v11 !== undefined && v11 !== null) {
    if (!testLegalEntityUboDeclaration(v11, c)) return false;
  }
  const v12 = v.phone;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 !== "string") return false;
    if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  }
  const v13 = v.structure;
  if (v13 !== undefined) {
    if (typeof v13 !== "string") return false;
  }
  const v14 = v.tax_id_provided;
  if (v14 !== undefined) {
    if (typeof v14 !== "boolean") return false;
  }
  const v15 = v.tax_id_registrar;
  if (v15 !== undefined) {
    if (typeof v15 !== "string") return false;
    if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  }
  const v16 = v.vat_id_provided;
  if (v16 !== undefined) {
    if (typeof v16 !== "boolean") return false;
  }
  const v17 = v.verification;
  if (v17 !== undefined && v17 !== null) {
    if (!testLegalEntityCompanyVerification(v17, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    address: opt(ref(Address)),
    address_kana: opt(nul(ref(LegalEntityJapanAddress))),
    address_kanji: opt(nul(ref(LegalEntityJapanAddress))),
    directors_provided: opt(bool()),
    executives_provided: opt(bool()),
    export_license_id: opt(str()),
    export_purpose_code: opt(str()),
    name: opt(nul(str())),
    name_kana: opt(nul(str())),
    name_kanji: opt(nul(str())),
    owners_provided: opt(bool()),
    ownership_declaration: opt(nul(ref(LegalEntityUboDeclaration))),
    phone: opt(nul(str())),
    structure: opt(oneOf(e0, true)),
    tax_id_provided: opt(bool()),
    tax_id_registrar: opt(str()),
    vat_id_provided: opt(bool()),
    verification: opt(nul(ref(LegalEntityCompanyVerification))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "legal_entity_company",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as LegalEntityCompany,
  validateInput as validateLegalEntityCompany,
  isValid as isLegalEntityCompany,
  check as checkLegalEntityCompany,
  test as testLegalEntityCompany,
};
