// Copyright 2026 The entente Authors. Apache-2.0.
//
// Calendar periods for time series (analysis.h): PeriodStart / PeriodEnd / NextPeriodStart /
// PeriodLabel / IsoWeekOf, plus the period ordinals (period_internal.h) that bucket dates in
// constant time.
//
// An ordinal numbers periods consecutively: days since 1970-01-01; weeks since the Monday
// 1969-12-29 (1970-01-01 was a Thursday); months as year*12 + month-1; quarters as
// year*4 + quarter-1; years as the year.  Floor division keeps dates before 1970 correct.  Civil
// conversions use Howard Hinnant's days_from_civil / civil_from_days, which hold for any year
// (Date's own FromYmd only accepts years 1..9999, and a range may start at Date::Min()).
#include <cstdio>

#include "analysis/period_internal.h"
#include "entente/analysis.h"

namespace entente {
namespace analysis_internal {
namespace {

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace

int32_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int32_t>(era * 146097 + doe - 719468);
}

Civil CivilFromDays(int32_t days) {
  int64_t z = int64_t{days} + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2), m, d};
}

int64_t PeriodOrdinal(Date d, Period p) {
  switch (p) {
    case Period::kDay: return d.days();
    case Period::kWeek: return FloorDiv(int64_t{d.days()} + 3, 7);
    case Period::kMonth: {
      Civil c = CivilFromDays(d.days());
      return c.year * 12 + (c.month - 1);
    }
    case Period::kQuarter: {
      Civil c = CivilFromDays(d.days());
      return c.year * 4 + (c.month - 1) / 3;
    }
    case Period::kYear: return CivilFromDays(d.days()).year;
  }
  return d.days();
}

Date OrdinalStart(int64_t ordinal, Period p) {
  switch (p) {
    case Period::kDay: return Date::FromDays(static_cast<int32_t>(ordinal));
    case Period::kWeek: return Date::FromDays(static_cast<int32_t>(ordinal * 7 - 3));
    case Period::kMonth: {
      const int64_t year = FloorDiv(ordinal, 12);
      return Date::FromDays(DaysFromCivil(year, static_cast<int>(ordinal - year * 12) + 1, 1));
    }
    case Period::kQuarter: {
      const int64_t year = FloorDiv(ordinal, 4);
      return Date::FromDays(DaysFromCivil(year, static_cast<int>(ordinal - year * 4) * 3 + 1, 1));
    }
    case Period::kYear: return Date::FromDays(DaysFromCivil(ordinal, 1, 1));
  }
  return Date::FromDays(static_cast<int32_t>(ordinal));
}

}  // namespace analysis_internal

using analysis_internal::CivilFromDays;
using analysis_internal::OrdinalStart;
using analysis_internal::PeriodOrdinal;

std::string_view PeriodName(Period p) {
  switch (p) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
    case Period::kQuarter: return "quarter";
    case Period::kYear: return "year";
  }
  return "day";
}

std::optional<Period> ParsePeriod(std::string_view name) {
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth, Period::kQuarter, Period::kYear}) {
    if (PeriodName(p) == name) return p;
  }
  return std::nullopt;
}

Date PeriodStart(Date d, Period p) { return OrdinalStart(PeriodOrdinal(d, p), p); }

Date NextPeriodStart(Date d, Period p) { return OrdinalStart(PeriodOrdinal(d, p) + 1, p); }

Date PeriodEnd(Date d, Period p) { return Date::FromDays(NextPeriodStart(d, p).days() - 1); }

IsoWeek IsoWeekOf(Date d) {
  // The ISO week belongs to the year of its Thursday.
  Date thursday = Date::FromDays(PeriodStart(d, Period::kWeek).days() + 3);
  int64_t year = CivilFromDays(thursday.days()).year;
  int32_t jan1 = analysis_internal::DaysFromCivil(year, 1, 1);
  return {static_cast<int>(year), (thursday.days() - jan1) / 7 + 1};
}

std::string PeriodLabel(Date d, Period p) {
  char buf[32];
  auto c = CivilFromDays(PeriodStart(d, p).days());
  switch (p) {
    case Period::kDay:
      std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", static_cast<long long>(c.year), c.month,
                    c.day);
      break;
    case Period::kWeek: {
      IsoWeek w = IsoWeekOf(d);
      std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
      break;
    }
    case Period::kMonth:
      std::snprintf(buf, sizeof buf, "%04lld-%02d", static_cast<long long>(c.year), c.month);
      break;
    case Period::kQuarter:
      std::snprintf(buf, sizeof buf, "%04lld-Q%d", static_cast<long long>(c.year),
                    (c.month - 1) / 3 + 1);
      break;
    case Period::kYear:
      std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(c.year));
      break;
  }
  return buf;
}

}  // namespace entente
