// Copyright 2026 The entente Authors. Apache-2.0.
//
// Date: a calendar day (proleptic Gregorian), stored as days since 1970-01-01.  Events, documents
// and date-restricted dictionary entries all use it.  Parsing accepts "YYYY-MM-DD" and "YYYYMMDD"
// (and "YYMMDD" as the TABARI dictionaries write it, with years < 30 read as 20xx).
#ifndef ENTENTE_DATE_H_
#define ENTENTE_DATE_H_

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente {

class Date {
 public:
  constexpr Date() = default;  // 1970-01-01
  static constexpr Date FromDays(int32_t days) { Date d; d.days_ = days; return d; }
  // Returns InvalidArgument for an impossible day (2019-02-30) or a year outside 1..9999.
  static Result<Date> FromYmd(int year, int month, int day);
  // "2019-06-05", "20190605"; with allow_short also "190605" (TABARI).  Surrounding spaces are
  // ignored.  Anything else: InvalidArgument naming the text.
  static Result<Date> Parse(std::string_view text, bool allow_short = false);

  static constexpr Date Min() { return FromDays(-1000000); }
  static constexpr Date Max() { return FromDays(3000000); }

  constexpr int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  // "2019-06-05".
  std::string ToString() const;

  constexpr auto operator<=>(const Date&) const = default;

 private:
  int32_t days_ = 0;
};

}  // namespace entente

#endif  // ENTENTE_DATE_H_
