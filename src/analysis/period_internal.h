// Copyright 2026 The entente Authors. Apache-2.0.
//
// Period ordinals and civil-date conversion, internal to analysis (see period.cc).
#ifndef ENTENTE_ANALYSIS_PERIOD_INTERNAL_H_
#define ENTENTE_ANALYSIS_PERIOD_INTERNAL_H_

#include <cstdint>

#include "entente/analysis.h"
#include "entente/date.h"

namespace entente::analysis_internal {

struct Civil {
  int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};

// Proleptic Gregorian conversions valid for any year (no 1..9999 restriction).
int32_t DaysFromCivil(int64_t year, int month, int day);
Civil CivilFromDays(int32_t days);

// Consecutive numbering of periods: PeriodOrdinal(NextPeriodStart(d)) == PeriodOrdinal(d) + 1.
int64_t PeriodOrdinal(Date d, Period p);
// First day of the period with that ordinal.
Date OrdinalStart(int64_t ordinal, Period p);

}  // namespace entente::analysis_internal

#endif  // ENTENTE_ANALYSIS_PERIOD_INTERNAL_H_
