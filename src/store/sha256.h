// Copyright 2026 The entente Authors. Apache-2.0.
//
// SHA-256 (FIPS 180-4), internal to the store: it names documents by content (ContentHash).
// Not constant-time and not meant for secrets; it is a collision-resistant content identifier.
#ifndef ENTENTE_STORE_SHA256_H_
#define ENTENTE_STORE_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace entente::store_internal {

// Incremental hasher: Update() any number of times, then Finish() once.  Not thread-safe.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  std::array<uint8_t, 32> Finish();

 private:
  void Block(const uint8_t* p);

  std::array<uint32_t, 8> h_;
  std::array<uint8_t, 64> buf_{};
  size_t buf_len_ = 0;
  uint64_t total_len_ = 0;
};

// Lower-case hex digest of `data`.
std::string Sha256Hex(std::string_view data);

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_SHA256_H_
