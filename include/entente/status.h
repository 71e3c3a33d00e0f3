// Copyright 2026 The entente Authors. Apache-2.0.
//
// Status and Result<T>: how every fallible entente function reports failure.
//
// The library never throws across its public API, never prints and never exits.  A function that
// can fail returns Status (no value) or Result<T> (a value or a Status).  Both are [[nodiscard]].
// The error code is a closed enum; the message says what went wrong and, for input errors, where
// ("file.txt:12: unknown CAMEO code '999'").
//
//   Result<Document> r = ReadSomething(path);
//   if (!r.ok()) return r.status();
//   Document doc = std::move(r).value();
#ifndef ENTENTE_STATUS_H_
#define ENTENTE_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace entente {

// DO NOT CHANGE THESE VALUES: they are printed in logs and returned by the CLI as exit status
// classes.
enum class ErrorCode : uint8_t {
  kOk = 0,
  kInvalidArgument = 1,  // the caller passed something malformed (bad flag, bad date)
  kNotFound = 2,         // a file, document or actor that was asked for does not exist
  kParseError = 3,       // input text/data is malformed (file and line in the message)
  kIOError = 4,          // the operating system refused a read or write
  kUnsupported = 5,      // a format version or feature this build does not handle
  kCorruption = 6,       // stored data contradicts itself
  kInternal = 7,         // a bug in entente
};

std::string_view ErrorCodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) { return {ErrorCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
  static Status ParseError(std::string m) { return {ErrorCode::kParseError, std::move(m)}; }
  static Status IOError(std::string m) { return {ErrorCode::kIOError, std::move(m)}; }
  static Status Unsupported(std::string m) { return {ErrorCode::kUnsupported, std::move(m)}; }
  static Status Corruption(std::string m) { return {ErrorCode::kCorruption, std::move(m)}; }
  static Status Internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "parse error: file.txt:3: ..." (or "OK").
  std::string ToString() const;

  // Returns a copy whose message is prefixed with `context: `.
  Status WithContext(std::string_view context) const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value of type T or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}             // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}      // NOLINT: must not be OK

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(v_);
  }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace entente

#define ENTENTE_RETURN_IF_ERROR(expr)      \
  do {                                     \
    ::entente::Status _st = (expr);        \
    if (!_st.ok()) return _st;             \
  } while (0)

#endif  // ENTENTE_STATUS_H_
