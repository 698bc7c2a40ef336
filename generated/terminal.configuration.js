import {
  deeper,
  enter,
  into,
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
import { bool, nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
  checkTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
  testTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
} from "./terminal_configuration_configuration_resource_device_type_specific_config.js";
import {
  TerminalConfigurationConfigurationResourceTipping,
  checkTerminalConfigurationConfigurationResourceTipping,
  testTerminalConfigurationConfigurationResourceTipping,
} from "./terminal_configuration_configuration_resource_tipping.js";

const e0 = /* @__PURE__ */ set(["terminal.configuration"]);
const k0 = /* @__PURE__ */ set([
  "bbpos_wisepos_e",
  "id",
  "is_account_default",
  "livemode",
  "object",
  "tipping",
  "verifone_p400",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bbpos_wisepos_e;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
      v0,
      ok,
      "bbpos_wisepos_e",
    );
  }
  const v1 = v.id;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["id"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["id"], 5000, v1);
    }
  }
  const v2 = v.is_account_default;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["is_account_default"], "boolean", v2);
    }
  }
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["object"], e0, v4, ok);
    }
  }
  const v5 = v.tipping;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceTipping,
      v5,
      ok,
      "tipping",
    );
  }
  const v6 = v.verifone_p400;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig,
      v6,
      ok,
      "verifone_p400",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.bbpos_wisepos_e;
  if (v0 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig(
        v0,
        c,
      )
    )
      return false;
  }
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.is_account_default;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.object;
  if (v4 !== "terminal.configuration") return false;
  const v5 = v.tipping;
  if (v5 !== undefined) {
    if (!testTerminalConfigurationConfigurationResourceTipping(v5, c))
      return false;
  }
  const v6 = v.verifone_p400;
  if (v6 !== undefined) {
    if (
      !testTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig(
        v6,
        c,
      )
    )
      return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    bbpos_wisepos_e: opt(
      ref(TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig),
    ),
    id: req(str()),
    is_account_default: opt(nul(bool())),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    tipping: opt(ref(TerminalConfigurationConfigurationResourceTipping)),
    verifone_p400: opt(
      ref(TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal.configuration",
  branch: "terminal.configuration",
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
  schema as TerminalConfiguration,
  validateInput as validateTerminalConfiguration,
  isValid as isTerminalConfiguration,
  check as checkTerminalConfiguration,
  test as testTerminalConfiguration,
};
