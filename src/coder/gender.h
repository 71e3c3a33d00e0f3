// Copyright 2026 The entente Authors. Apache-2.0.
//
// The gender a person's name shows, for "he"/"she" references.  Internal to the coder.
#ifndef ENTENTE_CODER_GENDER_H_
#define ENTENTE_CODER_GENDER_H_

#include <cstdint>
#include <string_view>

#include "entente/nlp.h"

namespace entente::coder {

enum class Gender : uint8_t { kUnknown = 0, kMale, kFemale };

// The gender of a title ("MRS", "SIR", "QUEEN", "LORD"; upper-case, without a final dot) or
// kUnknown ("PRESIDENT", "MINISTER").
Gender TitleGender(std::string_view norm);

// The gender of a given name ("ANGELA", "GEORGE"; upper-case) that news uses mostly for one
// gender, or kUnknown (names used for both, names that are also surnames: "JEAN", "KIM",
// "SHARON", "MAY").
Gender GivenNameGender(std::string_view norm);

// The gender the name on tokens [first, last] shows, with the proper-name words right before
// it ("George W. Bush" when the dictionary matched "Bush"): a title right before or inside it
// ("Mrs Thatcher", "Sir Digby Jones", "Queen Elizabeth"), else a known given name before its last
// word ("President Vladimir Putin"; "Merkel" alone shows nothing).  Chinese, Korean and similar
// names, which put the family name first, carry no given name this list knows.
Gender NameGender(const Sentence& s, uint32_t first, uint32_t last);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_GENDER_H_
