# Copyright 2026 The entente Authors. Apache-2.0.
"""entente on a Dask cluster: split a JSONL corpus into line-range partitions and have Dask
workers run the `entente` binary on each as a streaming filter (stdin = the partition's lines).

Modules: `partition` (find inputs, split them deterministically), `task` (what runs on a
worker: one partition through `entente ingest --batch 0 -` into PostgreSQL, or through
`entente code -` into an atomically written JSONL file), `driver` (command line, cluster,
progress, summary).  The command is scripts/entente-dask; docs/scaling.md explains the design.
"""
