// Copyright 2026 The entente Authors. Apache-2.0.
//
// Batch-parallel coding with deterministic output order: a batch of up to 512 documents is read
// on the calling thread, coded by worker threads taking documents from an atomic counter, and
// handed back in input order.  Memory is bounded by the batch size.
#include "parallel.h"

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

#include "cli.h"

namespace entente::cli {

Status CodeInParallel(DocumentReader* reader, const Coder& coder, int jobs,
                      const std::function<void(const Document&, Result<CodedDocument>&)>& on_coded,
                      const std::function<void(const IngestDiagnostic&)>& on_diag,
                      uint64_t* failed_inputs) {
  unsigned n_threads = jobs > 0 ? static_cast<unsigned>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  const size_t kBatch = 512;
  bool done = false;
  while (!done) {
    std::vector<Document> batch;
    while (batch.size() < kBatch) {
      Document doc;
      Result<bool> more = reader->Next(&doc);
      for (const IngestDiagnostic& d : reader->TakeDiagnostics()) on_diag(d);
      if (!more.ok()) {
        Error(more.status().message());
        ++*failed_inputs;
        continue;
      }
      if (!*more) { done = true; break; }
      batch.push_back(std::move(doc));
    }
    std::vector<std::optional<Result<CodedDocument>>> results(batch.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) results[i].emplace(coder.Code(batch[i]));
    };
    unsigned t_count = static_cast<unsigned>(std::min<size_t>(n_threads, batch.size()));
    if (t_count <= 1) {
      work();
    } else {
      std::vector<std::thread> threads;
      for (unsigned t = 0; t < t_count; ++t) threads.emplace_back(work);
      for (auto& th : threads) th.join();
    }
    for (size_t i = 0; i < batch.size(); ++i) on_coded(batch[i], *results[i]);
  }
  return Status::OK();
}

}  // namespace entente::cli
