// Copyright 2026 The entente Authors. Apache-2.0.
//
// Codes documents from a reader on several threads, delivering results in input order.
#ifndef ENTENTE_APPS_PARALLEL_H_
#define ENTENTE_APPS_PARALLEL_H_

#include <functional>

#include "entente/coder.h"
#include "entente/ingest.h"

namespace entente::cli {

// Reads batches of documents from `reader`, codes each batch on `jobs` threads (0 = all cores)
// and calls on_coded(doc, result) for every document in input order, on the calling thread.
// Diagnostics go to on_diag as they are read.  A file that cannot be read is reported through
// on_diag-like Error output and counted in *failed_inputs; reading goes on with the next input.
Status CodeInParallel(DocumentReader* reader, const Coder& coder, int jobs,
                      const std::function<void(const Document&, Result<CodedDocument>&)>& on_coded,
                      const std::function<void(const IngestDiagnostic&)>& on_diag,
                      uint64_t* failed_inputs);

}  // namespace entente::cli

#endif  // ENTENTE_APPS_PARALLEL_H_
