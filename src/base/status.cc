// Copyright 2026 The entente Authors. Apache-2.0.
//
// Status formatting.  Error codes map to short lower-case names used in CLI diagnostics.
#include "entente/status.h"

namespace entente {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "OK";
    case ErrorCode::kInvalidArgument: return "invalid argument";
    case ErrorCode::kNotFound: return "not found";
    case ErrorCode::kParseError: return "parse error";
    case ErrorCode::kIOError: return "I/O error";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kCorruption: return "corruption";
    case ErrorCode::kInternal: return "internal error";
  }
  return "unknown error";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string s(ErrorCodeName(code_));
  s += ": ";
  s += message_;
  return s;
}

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  std::string m(context);
  m += ": ";
  m += message_;
  return Status(code_, std::move(m));
}

}  // namespace entente
