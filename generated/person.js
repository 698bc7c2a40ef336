import {
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  int,
  list,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Address, checkAddress, testAddress } from "./address.js";
import {
  LegalEntityDob,
  checkLegalEntityDob,
  testLegalEntityDob,
} from "./legal_entity_dob.js";
import {
  LegalEntityJapanAddress,
  checkLegalEntityJapanAddress,
  testLegalEntityJapanAddress,
} from "./legal_entity_japan_address.js";
import {
  LegalEntityPersonVerification,
  checkLegalEntityPersonVerification,
  testLegalEntityPersonVerification,
} from "./legal_entity_person_verification.js";
import {
  PersonFutureRequirements,
  checkPersonFutureRequirements,
  testPersonFutureRequirements,
} from "./person_future_requirements.js";
import {
  PersonRelationship,
  checkPersonRelationship,
  testPersonRelationship,
} from "./person_relationship.js";
import {
  PersonRequirements,
  checkPersonRequirements,
  testPersonRequirements,
} from "./person_requirements.js";

const e0 = /* @__PURE__ */ set(["person"]);
const e1 = /* @__PURE__ */ set(["existing", "none"]);
const k1 = /* @__PURE__ */ set([
  "account",
  "address",
  "address_kana",
  "address_kanji",
  "created",
  "dob",
  "email",
  "first_name",
  "first_name_kana",
  "first_name_kanji",
  "full_name_aliases",
  "future_requirements",
  "gender",
  "id",
  "id_number_provided",
  "id_number_secondary_provided",
  "last_name",
  "last_name_kana",
  "last_name_kanji",
  "maiden_name",
  "metadata",
  "nationality",
  "object",
  "phone",
  "political_exposure",
  "registered_address",
  "relationship",
  "requirements",
  "ssn_last_4_provided",
  "verification",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["account"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["account"], 5000, v0);
    }
  }
  const v1 = v.address;
  if (v1 !== undefined) {
    ok = into(c, checkAddress, v1, ok, "address");
  }
  const v2 = v.address_kana;
  if (v2 !== undefined && v2 !== null) {
    ok = into(c, checkLegalEntityJapanAddress, v2, ok, "address_kana");
  }
  const v3 = v.address_kanji;
  if (v3 !== undefined && v3 !== null) {
    ok = into(c, checkLegalEntityJapanAddress, v3, ok, "address_kanji");
  }
  const v4 = v.created;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["created"], v4, ok);
  } else {
    if (!isInt(v4)) {
      ok = wrongType(c, ["created"], "integer", v4);
    }
  }
  const v5 = v.dob;
  if (v5 !== undefined) {
    ok = into(c, checkLegalEntityDob, v5, ok, "dob");
  }
  const v6 = v.email;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["email"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["email"], 5000, v6);
    }
  }
  const v7 = v.first_name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["first_name"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["first_name"], 5000, v7);
    }
  }
  const v8 = v.first_name_kana;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["first_name_kana"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["first_name_kana"], 5000, v8);
    }
  }
  const v9 = v.first_name_kanji;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["first_name_kanji"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["first_name_kanji"], 5000, v9);
    }
  }
  const v10 = v.full_name_aliases;
  if (v10 !== undefined) {
    if (!isArray(v10)) {
      ok = wrongType(c, ["full_name_aliases"], "array", v10);
    } else {
      for (let i0 = 0; i0 < v10.length; i0++) {
        const v11 = v10[i0];
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["full_name_aliases", i0], "string", v11);
        } else if (v11.length > 5000 && tooLong(v11, 5000)) {
          ok = longFail(c, ["full_name_aliases", i0], 5000, v11);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v12 = v.future_requirements;
  if (v12 !== undefined && v12 !== null) {
    ok = into(c, checkPersonFutureRequirements, v12, ok, "future_requirements");
  }
  const v13 = v.gender;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["gender"], "string", v13);
    }
  }
  const v14 = v.id;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["id"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["id"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["id"], 5000, v14);
    }
  }
  const v15 = v.id_number_provided;
  if (v15 !== undefined) {
    if (typeof v15 !== "boolean") {
      ok = wrongType(c, ["id_number_provided"], "boolean", v15);
    }
  }
  const v16 = v.id_number_secondary_provided;
  if (v16 !== undefined) {
    if (typeof v16 !== "boolean") {
      ok = wrongType(c, ["id_number_secondary_provided"], "boolean", v16);
    }
  }
  const v17 = v.last_name;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["last_name"], "string", v17);
    } else if (v17.length > 5000 && tooLong(v17, 5000)) {
      ok = longFail(c, ["last_name"], 5000, v17);
    }
  }
  const v18 = v.last_name_kana;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") {
      ok = wrongType(c, ["last_name_kana"], "string", v18);
    } else if (v18.length > 5000 && tooLong(v18, 5000)) {
      ok = longFail(c, ["last_name_kana"], 5000, v18);
    }
  }
  const v19 = v.last_name_kanji;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") {
      ok = wrongType(c, ["last_name_kanji"], "string", v19);
    } else if (v19.length > 5000 && tooLong(v19, 5000)) {
      ok = longFail(c, ["last_name_kanji"], 5000, v19);
    }
  }
  const v20 = v.maiden_name;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") {
      ok = wrongType(c, ["maiden_name"], "string", v20);
    } else if (v20.length > 5000 && tooLong(v20, 5000)) {
      ok = longFail(c, ["maiden_name"], 5000, v20);
    }
  }
  const v21 = v.metadata;
  if (v21 !== undefined) {
    if (!isObject(v21)) {
      ok = wrongType(c, ["metadata"], "object", v21);
    } else {
      for (const k0 of Object.keys(v21)) {
        const v22 = entry(v21, k0);
        if (typeof v22 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v22);
        } else if (v22.length > 500 && tooLong(v22, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v22);
        }
      }
    }
  }
  const v23 = v.nationality;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 !== "string") {
      ok = wrongType(c, ["nationality"], "string", v23);
    } else if (v23.length > 5000 && tooLong(v23, 5000)) {
      ok = longFail(c, ["nationality"], 5000, v23);
    }
  }
  const v24 = v.object;
  if (v24 === undefined || v24 === null) {
    ok = missing(c, ["object"], v24, ok);
  } else {
    if (!e0.has(v24)) {
      ok = notInEnum(c, ["object"], e0, v24, ok);
    }
  }
  const v25 = v.phone;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 !== "string") {
      ok = wrongType(c, ["phone"], "string", v25);
    } else if (v25.length > 5000 && tooLong(v25, 5000)) {
      ok = longFail(c, ["phone"], 5000, v25);
    }
  }
  const v26 = v.political_exposure;
  if (v26 !== undefined) {
    if (!e1.has(v26)) {
      ok = notInEnum(c, ["political_exposure"], e1, v26, ok);
    }
  }
  const v27 = v.registered_address;
  if (v27 !== undefined) {
    ok = into(c, checkAddress, v27, ok, "registered_address");
  }
  const v28 = v.relationship;
  if (v28 !== undefined) {
    ok = into(c, checkPersonRelationship, v28, ok, "relationship");
  }
  const v29 = v.requirements;
  if (v29 !== undefined && v29 !== null) {
    ok = into(c, checkPersonRequirements, v29, ok, "requirements");
  }
  const v30 = v.ssn_last_4_provided;
  if (v30 !== undefined) {
    if (typeof v30 !== "boolean") {
      ok = wrongType(c, ["ssn_last_4_provided"], "boolean", v30);
    }
  }
  const v31 = v.verification;
  if (v31 !== undefined) {
    ok = into(c, checkLegalEntityPersonVerification, v31, ok, "verification");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.account;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.address;
  if (v1 !== undefined) {
    if (!testAddress(v1, c)) return false;
  }
  const v2 = v.address_kana;
  if (v2 !== undefined && v2 !== null) {
    if (!testLegalEntityJapanAddress(v2, c)) return false;
  }
  const v3 = v.address_kanji;
  if (v3 !== undefined && v3 !== null) {
    if (!testLegalEntityJapanAddress(v3, c)) return false;
  }
  const v4 = v.created;
  if (!isInt(v4)) return false;
  const v5 = v.dob;
  if (v5 !== undefined) {
    if (!testLegalEntityDob(v5, c)) return false;
  }
  const v6 = v.email;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.first_name;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.first_name_kana;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.first_name_kanji;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 !== "string") return false;
    if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  }
  const v10 = v.full_name_aliases;
  if (v10 !== undefined) {
    if (!isArray(v10)) return false;
    for (let i0 = 0; i0 < v10.length; i0++) {
      const v11 = v10[i0];
      if (typeof v11 !== "string") return false;
      if (v11.length > 5000 && tooLong(v11, 5000)) return false;
    }
  }
  const v12 = v.future_requirements;
  if (v12 !== undefined && v12 !== null) {
    if (!testPersonFutureRequirements(v12, c)) return false;
  }
  const v13 = v.gender;
  if (v13 !== undefined && v13 !== null) {
    if (typeof v13 !== "string") return false;
  }
  const v14 = v.id;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.id_number_provided;
  if (v15 !== undefined) {
    if (typeof v15 !== "boolean") return false;
  }
  const v16 = v.id_number_secondary_provided;
  if (v16 !== undefined) {
    if (typeof v16 !== "boolean") return false;
  }
  const v17 = v.last_name;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 !== "string") return false;
    if (v17.length > 5000 && tooLong(v17, 5000)) return false;
  }
  const v18 = v.last_name_kana;
  if (v18 !== undefined && v18 !== null) {
    if (typeof v18 !== "string") return false;
    if (v18.length > 5000 && tooLong(v18, 5000)) return false;
  }
  const v19 = v.last_name_kanji;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 !== "string") return false;
    if (v19.length > 5000 && tooLong(v19, 5000)) return false;
  }
  const v20 = v.maiden_name;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 !== "string") return false;
    if (v20.length > 5000 && tooLong(v20, 5000)) return false;
  }
  const v21 = v.metadata;
  if (v21 !== undefined) {
    if (!isObject(v21)) return false;
    for (const k2 of Object.keys(v21)) {
      const v22 = entry(v21, k2);
      if (typeof v22 !== "string") return false;
      if (v22.length > 500 && tooLong(v22, 500)) return false;
    }
  }
  const v23 = v.nationality;
  if (v23 !== undefined && v23 !== null) {
    if (typeof v23 !== "string") return false;
    if (v23.length > 5000 && tooLong(v23, 5000)) return false;
  }
  const v24 = v.object;
  if (v24 !== "person") return false;
  const v25 = v.phone;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 !== "string") return false;
    if (v25.length > 5000 && tooLong(v25, 5000)) return false;
  }
  const v26 = v.political_exposure;
  if (v26 !== undefined) {
    if (!e1.has(v26)) return false;
  }
  const v27 = v.registered_address;
  if (v27 !== undefined) {
    if (!testAddress(v27, c)) return false;
  }
  const v28 = v.relationship;
  if (v28 !== undefined) {
    if (!testPersonRelationship(v28, c)) return false;
  }
  const v29 = v.requirements;
  if (v29 !== undefined && v29 !== null) {
    if (!testPersonRequirements(v29, c)) return false;
  }
  const v30 = v.ssn_last_4_provided;
  if (v30 !== undefined) {
    if (typeof v30 !== "boolean") return false;
  }
  const v31 = v.verification;
  if (v31 !== undefined) {
    if (!testLegalEntityPersonVerification(v31, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: req(str()),
    address: opt(ref(Address)),
    address_kana: opt(nul(ref(LegalEntityJapanAddress))),
    address_kanji: opt(nul(ref(LegalEntityJapanAddress))),
    created: req(int("unix-time")),
    dob: opt(ref(LegalEntityDob)),
    email: opt(nul(str())),
    first_name: opt(nul(str())),
    first_name_kana: opt(nul(str())),
    first_name_kanji: opt(nul(str())),
    full_name_aliases: opt(list(str())),
    future_requirements: opt(nul(ref(PersonFutureRequirements))),
    gender: opt(nul(str())),
    id: req(str()),
    id_number_provided: opt(bool()),
    id_number_secondary_provided: opt(bool()),
    last_name: opt(nul(str())),
    last_name_kana: opt(nul(str())),
    last_name_kanji: opt(nul(str())),
    maiden_name: opt(nul(str())),
    metadata: opt(obj({}, str())),
    nationality: opt(nul(str())),
    object: req(oneOf(e0)),
    phone: opt(nul(str())),
    political_exposure: opt(oneOf(e1)),
    registered_address: opt(ref(Address)),
    relationship: opt(ref(PersonRelationship)),
    requirements: opt(nul(ref(PersonRequirements))),
    ssn_last_4_provided: opt(bool()),
    verification: opt(ref(LegalEntityPersonVerification)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "person",
  branch: "person",
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
  schema as Person,
  validateInput as validatePerson,
  isValid as isPerson,
  check as checkPerson,
  test as testPerson,
};
