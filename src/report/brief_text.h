// Copyright 2026 The entente Authors. Apache-2.0.
//
// brief_text: small text helpers shared by the brief's collection and rendering (internal to
// src/report): key-event categories, CAMEO labels, period words and number formats.  Pure.
#ifndef ENTENTE_REPORT_BRIEF_TEXT_H_
#define ENTENTE_REPORT_BRIEF_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "entente/analysis.h"
#include "entente/cameo.h"

namespace entente {

// The key-event category of a CAMEO code, or "" when the code is not a key event:
// 04x visit or meeting, 05x diplomatic cooperation (057 agreement signed), 06x material
// cooperation, 07x aid, 163/172 sanctions, 13x threat, 14x protest, 15x military posture,
// 16x reduced relations, 17x coercion, 18x assault, 19x fighting, 20x mass violence.
std::string KeyEventCategory(std::string_view code);

// The code's label from `table` (exact code, then its root), else the root's CAMEO name.
std::string CodeLabel(const CameoTable* table, std::string_view code);

// "quarter" / "quarters".
std::string PeriodWord(Period p, int64_t n);

// "+1.2", "−0.5" (a real minus sign), "0.0"; `decimals` after the point.
std::string Signed(double v, int decimals = 1);
// "0.013", "< 0.001".
std::string PValue(double p);

}  // namespace entente

#endif  // ENTENTE_REPORT_BRIEF_TEXT_H_
